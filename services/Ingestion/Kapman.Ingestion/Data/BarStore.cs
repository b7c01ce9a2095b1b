using Dapper;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Loading;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>Writes a parsed session into <c>market</c> inside the caller's transaction.</summary>
public static class BarStore
{
    private const string Columns = "ticker, session_date, open, high, low, close, volume, transactions";

    /// <summary>
    /// Stores the session's bars in <c>daily_bars</c>, refreshes the universe in <c>tickers</c> and replaces the session's
    /// quarantine rows; returns the number of rows that were new. In four round trips for a first load: ensure the month
    /// partition and look for stored rows of the session (one batch), binary-COPY the bars straight into
    /// <c>daily_bars</c>, then tickers and quarantine (one batch). A reload (rows already stored) is merged
    /// (<see cref="BarMerge.MergeAsync"/>): only new rows are COPYed and only changed ones updated, so reruns add nothing.
    /// </summary>
    public static async Task<int> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, SessionFileParseResult parsed, string source, CancellationToken ct)
    {
        bool stored;
        await using (var probe = new NpgsqlBatch(connection, tx))
        {
            probe.BatchCommands.Add(BatchCommands.Create("SELECT ensure_daily_bars_partition(@session)", ("session", parsed.SessionDate)));
            probe.BatchCommands.Add(BatchCommands.Create("SELECT EXISTS (SELECT 1 FROM daily_bars WHERE session_date = @session)", ("session", parsed.SessionDate)));
            await using var reader = await probe.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            stored = reader.GetBoolean(0);
        }

        var inserted = stored
            ? (await BarMerge.MergeAsync(connection, tx, [parsed], ct))[parsed.SessionDate]
            : await CopyAsync(connection, "daily_bars", parsed.Bars, ct);
        await using var finish = new NpgsqlBatch(connection, tx);
        foreach (var command in FinishCommands(parsed, source))
        {
            finish.BatchCommands.Add(command);
        }

        await finish.ExecuteNonQueryAsync(ct);
        return inserted;
    }

    /// <summary>
    /// The statements that complete a session's write after its bars: refresh <c>tickers</c> (first and last session;
    /// unchanged rows are left alone) and replace the session's <c>quarantined_rows</c>.
    /// </summary>
    internal static IEnumerable<NpgsqlBatchCommand> FinishCommands(SessionFileParseResult parsed, string source)
    {
        yield return BatchCommands.Create(
            """
            INSERT INTO tickers (ticker, first_session, last_session)
            SELECT t, @session, @session FROM unnest(@tickers) t
            ON CONFLICT (ticker) DO UPDATE
            SET first_session = LEAST(tickers.first_session, EXCLUDED.first_session),
                last_session = GREATEST(tickers.last_session, EXCLUDED.last_session), updated_at = now()
            WHERE tickers.first_session > EXCLUDED.first_session OR tickers.last_session < EXCLUDED.last_session
            """,
            ("session", parsed.SessionDate), ("tickers", parsed.Bars.Select(b => b.Ticker).Distinct(StringComparer.Ordinal).ToArray()));
        yield return BatchCommands.Create("DELETE FROM quarantined_rows WHERE session_date = @session", ("session", parsed.SessionDate));
        var q = parsed.Quarantined;
        yield return BatchCommands.Create(
            """
            INSERT INTO quarantined_rows (session_date, line_number, ticker, reason, detail, raw_line, source)
            SELECT @session, l, t, r, d, w, @source FROM unnest(@lines, @tickers, @reasons, @details, @raws) AS q(l, t, r, d, w)
            """,
            ("session", parsed.SessionDate), ("source", source), ("lines", q.Select(r => r.LineNumber).ToArray()), ("tickers", q.Select(r => r.Ticker).ToArray()),
            ("reasons", q.Select(r => r.Reason).ToArray()), ("details", q.Select(r => r.Detail).ToArray()), ("raws", q.Select(r => r.RawLine).ToArray()));
    }

    /// <summary>
    /// The statements that complete the write of a group of sessions after their bars, as <see cref="FinishCommands"/> does
    /// for one: one refresh of <c>tickers</c> with each ticker's first and last session in the group, and the replacement
    /// of the group's <c>quarantined_rows</c>.
    /// </summary>
    internal static IEnumerable<NpgsqlBatchCommand> GroupFinishCommands(IReadOnlyList<SessionWrite> sessions)
    {
        var seen = new Dictionary<string, (DateOnly First, DateOnly Last)>(StringComparer.Ordinal);
        foreach (var bar in sessions.SelectMany(s => s.Parsed.Bars))
        {
            seen[bar.Ticker] = seen.TryGetValue(bar.Ticker, out var span)
                ? (span.First < bar.SessionDate ? span.First : bar.SessionDate, span.Last > bar.SessionDate ? span.Last : bar.SessionDate)
                : (bar.SessionDate, bar.SessionDate);
        }

        yield return BatchCommands.Create(
            """
            INSERT INTO tickers (ticker, first_session, last_session)
            SELECT t, f, l FROM unnest(@tickers, @firsts, @lasts) AS u(t, f, l)
            ON CONFLICT (ticker) DO UPDATE
            SET first_session = LEAST(tickers.first_session, EXCLUDED.first_session),
                last_session = GREATEST(tickers.last_session, EXCLUDED.last_session), updated_at = now()
            WHERE tickers.first_session > EXCLUDED.first_session OR tickers.last_session < EXCLUDED.last_session
            """,
            ("tickers", seen.Keys.ToArray()), ("firsts", seen.Values.Select(v => v.First).ToArray()), ("lasts", seen.Values.Select(v => v.Last).ToArray()));
        yield return BatchCommands.Create("DELETE FROM quarantined_rows WHERE session_date = ANY(@sessions)", ("sessions", sessions.Select(s => s.Parsed.SessionDate).ToArray()));
        var q = sessions.SelectMany(s => s.Parsed.Quarantined.Select(r => (s.Parsed.SessionDate, s.Source, Row: r))).ToList();
        yield return BatchCommands.Create(
            """
            INSERT INTO quarantined_rows (session_date, line_number, ticker, reason, detail, raw_line, source)
            SELECT s, l, t, r, d, w, o FROM unnest(@sessions, @lines, @tickers, @reasons, @details, @raws, @sources) AS q(s, l, t, r, d, w, o)
            """,
            ("sessions", q.Select(r => r.SessionDate).ToArray()), ("lines", q.Select(r => r.Row.LineNumber).ToArray()), ("tickers", q.Select(r => r.Row.Ticker).ToArray()),
            ("reasons", q.Select(r => r.Row.Reason).ToArray()), ("details", q.Select(r => r.Row.Detail).ToArray()), ("raws", q.Select(r => r.Row.RawLine).ToArray()),
            ("sources", q.Select(r => r.Source).ToArray()));
    }

    /// <summary>The statement recording one load attempt in <c>ingestion_runs</c> (for a batch).</summary>
    internal static NpgsqlBatchCommand RunCommand(SessionLoadResult result, DateTimeOffset startedAt, DateTimeOffset finishedAt) => BatchCommands.Create(
        """
        INSERT INTO ingestion_runs (session_date, source, status, rows_loaded, rows_inserted, rows_quarantined, tickers, error, started_at, finished_at)
        VALUES (@session, @source, @status, @rows, @inserted, @quarantined, @tickers, @error, @started, @finished)
        """,
        ("session", result.SessionDate), ("source", result.Source), ("status", result.Status), ("rows", result.Rows), ("inserted", result.Inserted),
        ("quarantined", result.Quarantined), ("tickers", result.Tickers), ("error", (object?)result.Error ?? DBNull.Value), ("started", startedAt), ("finished", finishedAt));

    /// <summary>Records one load attempt in <c>ingestion_runs</c>.</summary>
    public static Task RecordRunAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, SessionLoadResult result, DateTimeOffset startedAt, DateTimeOffset finishedAt, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO ingestion_runs (session_date, source, status, rows_loaded, rows_inserted, rows_quarantined, tickers, error, started_at, finished_at)
            VALUES (@SessionDate, @Source, @Status, @Rows, @Inserted, @Quarantined, @Tickers, @Error, @startedAt, @finishedAt)
            """,
            new { result.SessionDate, result.Source, result.Status, result.Rows, result.Inserted, result.Quarantined, result.Tickers, result.Error, startedAt, finishedAt },
            tx, cancellationToken: ct));

    /// <summary>The sessions in [<paramref name="from"/>, <paramref name="to"/>] with at least one <c>loaded</c> run.</summary>
    public static async Task<HashSet<DateOnly>> LoadedSessionsAsync(NpgsqlConnection connection, DateOnly from, DateOnly to, CancellationToken ct) =>
        [.. await connection.QueryAsync<DateOnly>(new CommandDefinition(
            "SELECT DISTINCT session_date FROM ingestion_runs WHERE status = 'loaded' AND session_date BETWEEN @from AND @to",
            new { from, to }, cancellationToken: ct))];

    /// <summary>
    /// Stores the bars of <paramref name="sessions"/> whatever is stored already: one binary COPY into a temporary table (dropped at
    /// commit), then one statement that counts the incoming rows already stored and upserts every row on (ticker, session), so reruns
    /// add nothing and only changed rows are rewritten (an unchanged row is not touched). Returns, per session, the rows that were new.
    /// About twice a first load's time: <see cref="BarMerge.MergeAsync"/> is the usual path and falls back to this one when rows
    /// appear under it, which this statement cannot collide with.
    /// </summary>
    internal static async Task<IReadOnlyDictionary<DateOnly, int>> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction tx,
        IReadOnlyList<SessionFileParseResult> sessions, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TEMP TABLE incoming_bars (LIKE daily_bars INCLUDING DEFAULTS) ON COMMIT DROP", transaction: tx, cancellationToken: ct));
        // In key order (KeyOrder), so the upsert's probes and inserts walk the primary key's leaves in order.
        await CopyAsync(connection, "incoming_bars", KeyOrder.Merge([.. sessions.Select(s => s.Bars)]), ct);
        var days = sessions.Select(s => s.SessionDate).ToArray();
        // Every part of the WITH sees the snapshot before the insert (partitioned tables cannot return xmax, which would tell an
        // insert from an update). The session list prunes the join to the sessions' month partitions when the statement is planned.
        var stored = (await connection.QueryAsync<(DateOnly Session, int Rows)>(new CommandDefinition(
            $"""
            WITH stored AS (
                SELECT i.session_date, count(*)::int AS n FROM incoming_bars i
                JOIN daily_bars d ON d.ticker = i.ticker AND d.session_date = i.session_date
                WHERE d.session_date = ANY(@days)
                GROUP BY i.session_date
            ), upserted AS (
                INSERT INTO daily_bars ({Columns})
                SELECT {Columns} FROM incoming_bars
                ON CONFLICT (ticker, session_date) DO UPDATE
                SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close,
                    volume = EXCLUDED.volume, transactions = EXCLUDED.transactions, loaded_at = now()
                WHERE (daily_bars.open, daily_bars.high, daily_bars.low, daily_bars.close, daily_bars.volume, daily_bars.transactions)
                      IS DISTINCT FROM (EXCLUDED.open, EXCLUDED.high, EXCLUDED.low, EXCLUDED.close, EXCLUDED.volume, EXCLUDED.transactions)
                RETURNING 1
            )
            SELECT session_date, n FROM stored
            """, new { days }, tx, cancellationToken: ct))).ToDictionary(r => r.Session, r => r.Rows);
        return sessions.ToDictionary(s => s.SessionDate, s => s.Bars.Count - stored.GetValueOrDefault(s.SessionDate));
    }

    /// <summary>Binary-COPYs <paramref name="bars"/> into <paramref name="table"/> (a code constant, see <see cref="BarCopyEncoder"/>); returns the row count.</summary>
    internal static Task<int> CopyAsync(NpgsqlConnection connection, string table, IEnumerable<DailyBar> bars, CancellationToken ct) =>
        BarCopyEncoder.CopyAsync(connection, $"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)", bars, ct);
}
