using System.Text.Json;
using Kapman.Metrics.Core;
using Npgsql;
using NpgsqlTypes;

namespace Kapman.Metrics.Data;

/// <summary>
/// The bulk writes of the history path: replaces a range of <c>metrics.indicators</c> rows of some tickers by binary COPY, and
/// their saved states (<see cref="IndicatorStateStore"/>) by the state after each ticker's last session of the range, so the
/// next daily step continues from it. Rows carry the same values and JSON as <see cref="IndicatorStore.UpsertAsync"/> writes.
/// </summary>
public static class IndicatorHistoryStore
{
    private static readonly Func<IndicatorSnapshot, double?>[] Values =
    [
        s => s.Rsi14, s => s.MacdLine, s => s.MacdSignal, s => s.MacdHistogram, s => s.StochK, s => s.StochD, s => s.Mfi14,
        s => s.Sma20, s => s.Sma50, s => s.Sma200, s => s.Ema12, s => s.Ema26, s => s.Adx14, s => s.Atr14, s => s.BbandsUpper,
        s => s.BbandsMiddle, s => s.BbandsLower, s => s.BbandsWidth, s => s.Obv, s => s.Vwap, s => s.Rvol20, s => s.Hv20,
    ];

    private const string Copy =
        "COPY indicators (ticker, session_date, model_version, rsi_14, macd_line, macd_signal, macd_histogram, stoch_k, stoch_d, mfi_14, " +
        "sma_20, sma_50, sma_200, ema_12, ema_26, adx_14, atr_14, bbands_upper, bbands_middle, bbands_lower, bbands_width, obv, vwap, " +
        "rvol_20, hv_20, extras, null_reasons) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// Deletes the rows of <paramref name="tickers"/> from <paramref name="from"/> through <paramref name="to"/> and COPYs
    /// <paramref name="snapshots"/> (all of those tickers, inside the range) in their place, in <paramref name="transaction"/>.
    /// </summary>
    public static async Task ReplaceAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> tickers, DateOnly from, DateOnly to,
        IEnumerable<IndicatorSnapshot> snapshots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        ArgumentNullException.ThrowIfNull(snapshots);
        await using (var delete = new NpgsqlCommand(
            "DELETE FROM indicators WHERE ticker = ANY($1) AND session_date BETWEEN $2 AND $3", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = tickers.ToArray() });
            delete.Parameters.Add(new NpgsqlParameter { Value = from });
            delete.Parameters.Add(new NpgsqlParameter { Value = to });
            await delete.ExecuteNonQueryAsync(ct);
        }

        await using var copy = await connection.BeginBinaryImportAsync(Copy, ct);
        foreach (var s in snapshots)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(s.Ticker, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(s.SessionDate, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(s.ModelVersion, NpgsqlDbType.Text, ct);
            foreach (var read in Values)
            {
                if (read(s) is { } value)
                {
                    await copy.WriteAsync(value, NpgsqlDbType.Double, ct);
                }
                else
                {
                    await copy.WriteNullAsync(ct);
                }
            }

            await copy.WriteAsync(JsonSerializer.Serialize(s.Extras), NpgsqlDbType.Json, ct);
            await copy.WriteAsync(JsonSerializer.Serialize(s.NullReasons), NpgsqlDbType.Json, ct);
        }

        await copy.CompleteAsync(ct);
    }

    /// <summary>
    /// Replaces the saved states of <paramref name="tickers"/> from <paramref name="from"/> through <paramref name="to"/> by
    /// <paramref name="states"/> (each ticker's state after its last session of the range), in <paramref name="transaction"/>.
    /// </summary>
    public static async Task ReplaceStatesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> tickers, DateOnly from, DateOnly to,
        IReadOnlyList<(string Ticker, DateOnly Session, byte[] State)> states, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        ArgumentNullException.ThrowIfNull(states);
        await using (var delete = new NpgsqlCommand(
            "DELETE FROM indicator_state WHERE ticker = ANY($1) AND session_date BETWEEN $2 AND $3", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = tickers.ToArray() });
            delete.Parameters.Add(new NpgsqlParameter { Value = from });
            delete.Parameters.Add(new NpgsqlParameter { Value = to });
            await delete.ExecuteNonQueryAsync(ct);
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY indicator_state (ticker, session_date, model_version, state) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (ticker, session, state) in states)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(ticker, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(session, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(DailyIndicatorCalculator.ModelVersion, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(state, NpgsqlDbType.Bytea, ct);
        }

        await copy.CompleteAsync(ct);
    }
}
