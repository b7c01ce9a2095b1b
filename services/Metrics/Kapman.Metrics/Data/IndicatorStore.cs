using Dapper;
using Kapman.Metrics.Core;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Metrics.Data;

/// <summary>Reads and upserts <c>metrics.indicators</c>.</summary>
public sealed class IndicatorStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "ticker, session_date AS SessionDate, sma_20 AS Sma20, sma_50 AS Sma50, sma_200 AS Sma200, ema_12 AS Ema12, ema_26 AS Ema26, " +
        "rsi_14 AS Rsi14, atr_14 AS Atr14, rvol_20 AS Rvol20, hv_20 AS Hv20, model_version AS ModelVersion";

    /// <summary>Upserts one row per ticker on (ticker, session): a rerun replaces, never duplicates.</summary>
    public static Task UpsertAsync(OutboxTransaction tx, IEnumerable<IndicatorSnapshot> snapshots, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO indicators (ticker, session_date, sma_20, sma_50, sma_200, ema_12, ema_26, rsi_14, atr_14, rvol_20, hv_20, model_version)
            VALUES (@Ticker, @SessionDate, @Sma20, @Sma50, @Sma200, @Ema12, @Ema26, @Rsi14, @Atr14, @Rvol20, @Hv20, @ModelVersion)
            ON CONFLICT (ticker, session_date) DO UPDATE
            SET sma_20 = EXCLUDED.sma_20, sma_50 = EXCLUDED.sma_50, sma_200 = EXCLUDED.sma_200, ema_12 = EXCLUDED.ema_12,
                ema_26 = EXCLUDED.ema_26, rsi_14 = EXCLUDED.rsi_14, atr_14 = EXCLUDED.atr_14, rvol_20 = EXCLUDED.rvol_20,
                hv_20 = EXCLUDED.hv_20, model_version = EXCLUDED.model_version, computed_at = now()
            """, snapshots, tx.Transaction, cancellationToken: ct));

    /// <summary>A session's rows, optionally for one ticker.</summary>
    public async Task<IEnumerable<IndicatorSnapshot>> ForSessionAsync(DateOnly session, string? ticker, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<IndicatorSnapshot>(new CommandDefinition(
            $"SELECT {Columns} FROM indicators WHERE session_date = @session AND (@ticker::text IS NULL OR ticker = @ticker) ORDER BY ticker",
            new { session, ticker }, cancellationToken: ct));
    }

    /// <summary>The latest session with indicators, or null.</summary>
    public async Task<DateOnly?> LatestSessionAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition("SELECT max(session_date) FROM indicators", cancellationToken: ct));
    }
}
