using System.Text.Json;
using Dapper;
using Kapman.Metrics.Core;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Metrics.Data;

/// <summary>Reads and upserts <c>metrics.indicators</c> (one row per ticker and session).</summary>
public sealed class IndicatorStore(NpgsqlDataSource dataSource)
{
    private static readonly Func<IndicatorSnapshot, double?>[] TypedValues =
    [
        s => s.Rsi14, s => s.MacdLine, s => s.MacdSignal, s => s.MacdHistogram, s => s.StochK, s => s.StochD, s => s.Mfi14,
        s => s.Sma20, s => s.Sma50, s => s.Sma200, s => s.Ema12, s => s.Ema26, s => s.Adx14, s => s.Atr14, s => s.BbandsUpper,
        s => s.BbandsMiddle, s => s.BbandsLower, s => s.BbandsWidth, s => s.Obv, s => s.Vwap, s => s.Rvol20, s => s.Hv20,
    ];

    private static readonly string[] TypedColumns =
    [
        "rsi_14", "macd_line", "macd_signal", "macd_histogram", "stoch_k", "stoch_d", "mfi_14", "sma_20", "sma_50", "sma_200",
        "ema_12", "ema_26", "adx_14", "atr_14", "bbands_upper", "bbands_middle", "bbands_lower", "bbands_width", "obv", "vwap",
        "rvol_20", "hv_20",
    ];

    private static readonly string UpsertSql =
        // Built once from the fixed column list above: identifiers come from code, every value is a parameter.
        "INSERT INTO indicators (ticker, session_date, model_version, " + string.Join(", ", TypedColumns) + ", extras, null_reasons) " +
        "SELECT * FROM unnest(@tickers::text[], @dates::date[], @versions::text[], " +
        string.Join(", ", TypedColumns.Select((_, i) => $"@c{i}::float8[]")) + ", @extras::json[], @reasons::json[]) " +
        "ON CONFLICT (ticker, session_date) DO UPDATE SET model_version = EXCLUDED.model_version, " +
        string.Join(", ", TypedColumns.Select(c => $"{c} = EXCLUDED.{c}")) +
        ", extras = EXCLUDED.extras, null_reasons = EXCLUDED.null_reasons, computed_at = now()";

    /// <summary>
    /// Upserts one row per snapshot on (ticker, session) in a single statement: a rerun replaces, never duplicates.
    /// </summary>
    public static Task UpsertAsync(OutboxTransaction tx, IReadOnlyList<IndicatorSnapshot> snapshots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(snapshots);
        var parameters = new DynamicParameters();
        parameters.Add("tickers", snapshots.Select(s => s.Ticker).ToArray());
        parameters.Add("dates", snapshots.Select(s => s.SessionDate).ToArray());
        parameters.Add("versions", snapshots.Select(s => s.ModelVersion).ToArray());
        for (var i = 0; i < TypedValues.Length; i++)
        {
            var read = TypedValues[i];
            parameters.Add($"c{i}", snapshots.Select(read).ToArray());
        }

        parameters.Add("extras", snapshots.Select(s => JsonSerializer.Serialize(s.Extras)).ToArray());
        parameters.Add("reasons", snapshots.Select(s => JsonSerializer.Serialize(s.NullReasons)).ToArray());
        return tx.Connection.ExecuteAsync(new CommandDefinition(UpsertSql, parameters, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>A session's rows, optionally for one ticker, ordered by ticker.</summary>
    public Task<IReadOnlyList<IndicatorSnapshot>> ForSessionAsync(DateOnly session, string? ticker, CancellationToken ct) =>
        QueryAsync(
            "SELECT " + IndicatorRow.Columns + " FROM indicators WHERE session_date = @session AND (@ticker::text IS NULL OR ticker = @ticker) ORDER BY ticker",
            new { session, ticker },
            ct);

    /// <summary>One ticker's rows with <paramref name="from"/> ≤ session ≤ <paramref name="to"/>, ascending by session.</summary>
    public Task<IReadOnlyList<IndicatorSnapshot>> ForTickerAsync(string ticker, DateOnly from, DateOnly to, CancellationToken ct) =>
        QueryAsync(
            "SELECT " + IndicatorRow.Columns + " FROM indicators WHERE ticker = @ticker AND session_date BETWEEN @from AND @to ORDER BY session_date",
            new { ticker, from, to },
            ct);

    /// <summary>The latest row of each of <paramref name="tickers"/> that has one, ordered by ticker.</summary>
    public Task<IReadOnlyList<IndicatorSnapshot>> LatestAsync(IReadOnlyCollection<string> tickers, CancellationToken ct) =>
        QueryAsync(
            "SELECT DISTINCT ON (ticker) " + IndicatorRow.Columns + " FROM indicators WHERE ticker = ANY(@tickers) ORDER BY ticker, session_date DESC",
            new { tickers = tickers.ToArray() },
            ct);

    /// <summary>The latest session with indicators, or null.</summary>
    public async Task<DateOnly?> LatestSessionAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition("SELECT max(session_date) FROM indicators", cancellationToken: ct));
    }

    private async Task<IReadOnlyList<IndicatorSnapshot>> QueryAsync(string sql, object parameters, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<IndicatorRow>(new CommandDefinition(sql, parameters, cancellationToken: ct));
        return rows.Select(r => r.ToSnapshot()).ToList();
    }
}
