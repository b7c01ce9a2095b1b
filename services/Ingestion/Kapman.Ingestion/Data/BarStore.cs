using Dapper;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Loading;
using Npgsql;
using NpgsqlTypes;

namespace Kapman.Ingestion.Data;

/// <summary>Writes a parsed session into <c>market</c> inside the caller's transaction.</summary>
public static class BarStore
{
    /// <summary>
    /// Creates the session's month partition if needed, binary-COPYs the bars into a temporary table, then upserts them into <c>daily_bars</c> on (ticker, session)
    /// so reruns add nothing; refreshes the universe in <c>tickers</c> and replaces the session's quarantine rows.
    /// Returns the number of rows that were new.
    /// </summary>
    public static async Task<int> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, SessionFileParseResult parsed, string source, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT ensure_daily_bars_partition(@session)", new { session = parsed.SessionDate }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TEMP TABLE incoming_bars (LIKE daily_bars INCLUDING DEFAULTS) ON COMMIT DROP", transaction: tx, cancellationToken: ct));
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY incoming_bars (ticker, session_date, open, high, low, close, volume, transactions) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var bar in parsed.Bars)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(bar.Ticker, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(bar.SessionDate, NpgsqlDbType.Date, ct);
                await importer.WriteAsync(bar.Open, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(bar.High, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(bar.Low, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(bar.Close, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(bar.Volume, NpgsqlDbType.Bigint, ct);
                if (bar.Transactions is { } count)
                {
                    await importer.WriteAsync(count, NpgsqlDbType.Bigint, ct);
                }
                else
                {
                    await importer.WriteNullAsync(ct);
                }
            }

            await importer.CompleteAsync(ct);
        }

        var inserted = await connection.QuerySingleAsync<int>(new CommandDefinition(
            """
            WITH fresh AS (
                -- Every part of the WITH sees the snapshot before the insert (partitioned tables cannot return xmax).
                SELECT count(*)::int AS n FROM incoming_bars i
                WHERE NOT EXISTS (SELECT 1 FROM daily_bars d WHERE d.ticker = i.ticker AND d.session_date = i.session_date)
            ), upserted AS (
                INSERT INTO daily_bars (ticker, session_date, open, high, low, close, volume, transactions)
                SELECT ticker, session_date, open, high, low, close, volume, transactions FROM incoming_bars
                ON CONFLICT (ticker, session_date) DO UPDATE
                SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close,
                    volume = EXCLUDED.volume, transactions = EXCLUDED.transactions, loaded_at = now()
                WHERE (daily_bars.open, daily_bars.high, daily_bars.low, daily_bars.close, daily_bars.volume, daily_bars.transactions)
                      IS DISTINCT FROM (EXCLUDED.open, EXCLUDED.high, EXCLUDED.low, EXCLUDED.close, EXCLUDED.volume, EXCLUDED.transactions)
                RETURNING 1
            )
            SELECT n FROM fresh
            """, transaction: tx, cancellationToken: ct));

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO tickers (ticker, first_session, last_session)
            SELECT ticker, session_date, session_date FROM incoming_bars
            ON CONFLICT (ticker) DO UPDATE
            SET first_session = LEAST(tickers.first_session, EXCLUDED.first_session),
                last_session = GREATEST(tickers.last_session, EXCLUDED.last_session), updated_at = now()
            """, transaction: tx, cancellationToken: ct));

        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM quarantined_rows WHERE session_date = @session", new { session = parsed.SessionDate }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO quarantined_rows (session_date, line_number, ticker, reason, detail, raw_line, source)
            VALUES (@SessionDate, @LineNumber, @Ticker, @Reason, @Detail, @RawLine, @Source)
            """,
            parsed.Quarantined.Select(q => new { parsed.SessionDate, q.LineNumber, q.Ticker, q.Reason, q.Detail, q.RawLine, Source = source }),
            tx, cancellationToken: ct));
        return inserted;
    }

    /// <summary>Records one load attempt in <c>ingestion_runs</c>.</summary>
    public static Task RecordRunAsync(NpgsqlConnection connection, NpgsqlTransaction tx, SessionLoadResult result, DateTimeOffset startedAt, DateTimeOffset finishedAt, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO ingestion_runs (session_date, source, status, rows_loaded, rows_inserted, rows_quarantined, tickers, error, started_at, finished_at)
            VALUES (@SessionDate, @Source, @Status, @Rows, @Inserted, @Quarantined, @Tickers, @Error, @startedAt, @finishedAt)
            """,
            new { result.SessionDate, result.Source, result.Status, result.Rows, result.Inserted, result.Quarantined, result.Tickers, result.Error, startedAt, finishedAt },
            tx, cancellationToken: ct));
}
