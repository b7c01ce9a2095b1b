using Dapper;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Core.CorporateActions;
using Kapman.MarketData.Calendar;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>Detects split suspects of a stored session and keeps their factors in <c>split_factors</c>.</summary>
public static class SplitFactorStore
{
    // Only moves this far from 1 can match a ratio in SplitRatios.All within SplitDetector.Tolerance (3:2 - 5% = 1.425, 1:2 + 5% = 0.525).
    private const double UpperPrefilter = 1.4;
    private const double LowerPrefilter = 0.55;

    /// <summary>Finds the session's suspects (<see cref="FindAsync"/>) and replaces its detected factors with them.</summary>
    public static async Task<IReadOnlyList<SplitSuspect>> DetectAsync(NpgsqlConnection connection, NpgsqlTransaction tx, DateOnly session,
        IReadOnlyList<DailyBar> bars, IReadOnlyDictionary<string, double>? previousCloses, CancellationToken ct)
    {
        var suspects = await FindAsync(connection, tx, session, bars, previousCloses, ct);
        await using var batch = new NpgsqlBatch(connection, tx);
        foreach (var command in ReplaceCommands(session, suspects))
        {
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(ct);
        return suspects;
    }

    /// <summary>
    /// Compares the session's opens with the previous NYSE session's closes and classifies the large moves with
    /// <see cref="SplitDetector.Classify"/> (medians of up to <see cref="SplitDetector.VolumeLookback"/> stored bars before
    /// the session). Reads nothing when the closes are given and no move is large; the session's own bars need not be stored yet.
    /// </summary>
    /// <param name="connection">Open connection.</param>
    /// <param name="tx">The session's unit of work (its bars already written).</param>
    /// <param name="session">The session.</param>
    /// <param name="bars">The session's bars as stored.</param>
    /// <param name="previousCloses">Ticker → close of the previous NYSE session when the caller has them (a backfill that
    /// just stored it), else null to read them from <c>daily_bars</c>.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<IReadOnlyList<SplitSuspect>> FindAsync(NpgsqlConnection connection, NpgsqlTransaction tx, DateOnly session,
        IReadOnlyList<DailyBar> bars, IReadOnlyDictionary<string, double>? previousCloses, CancellationToken ct)
    {
        previousCloses ??= (await connection.QueryAsync<(string Ticker, double Close)>(new CommandDefinition(
            "SELECT ticker, close FROM daily_bars WHERE session_date = @previous", new { previous = NyseCalendar.PreviousSession(session) }, tx, cancellationToken: ct)))
            .ToDictionary(r => r.Ticker, r => r.Close, StringComparer.Ordinal);
        var candidates = new Dictionary<string, (double PreviousClose, DailyBar Bar)>(StringComparer.Ordinal);
        foreach (var bar in bars)
        {
            if (bar.Open > 0 && previousCloses.TryGetValue(bar.Ticker, out var close) && (close / bar.Open > UpperPrefilter || close / bar.Open < LowerPrefilter))
            {
                candidates[bar.Ticker] = (close, bar);
            }
        }

        var suspects = new List<SplitSuspect>();
        if (candidates.Count > 0)
        {
            foreach (var m in await MediansAsync(connection, tx, session, [.. candidates.Keys], ct))
            {
                var (previousClose, bar) = candidates[m.Ticker];
                var evidence = new SplitEvidence(previousClose, bar.Open, bar.Close, bar.Close * bar.Volume, m.DollarVolume, m.ShareVolume);
                if (SplitDetector.Classify(evidence) is { } factor)
                {
                    suspects.Add(new SplitSuspect(m.Ticker, session, factor, previousClose / bar.Open, evidence.DollarVolume / m.DollarVolume));
                }
            }
        }

        return suspects;
    }

    /// <summary>
    /// Median dollar and share volume of each ticker's last <see cref="SplitDetector.VolumeLookback"/> stored bars before
    /// <paramref name="session"/> (0 without history). A ticker with a bar in each of the last that many NYSE sessions is
    /// read from those sessions' one or two month partitions; only the others (gaps, new listings) search the whole
    /// history, since a query unbounded by date plans and opens every month partition.
    /// </summary>
    private static async Task<IReadOnlyList<(string Ticker, double DollarVolume, double ShareVolume)>> MediansAsync(NpgsqlConnection connection,
        NpgsqlTransaction tx, DateOnly session, string[] tickers, CancellationToken ct)
    {
        var windowStart = session;
        for (var i = 0; i < SplitDetector.VolumeLookback && windowStart.Year > NyseCalendar.FirstYear; i++)
        {
            windowStart = NyseCalendar.PreviousSession(windowStart);
        }

        var recent = (await QueryMediansAsync(connection, tx, session, windowStart, tickers, ct)).ToList();
        var sparse = recent.Where(m => m.Bars < SplitDetector.VolumeLookback).Select(m => m.Ticker).ToArray();
        var older = sparse.Length == 0 ? [] : (await QueryMediansAsync(connection, tx, session, DateOnly.MinValue, sparse, ct)).ToDictionary(m => m.Ticker);
        return [.. recent.Select(m => older.TryGetValue(m.Ticker, out var all) ? all : m).Select(m => (m.Ticker, m.DollarVolume, m.ShareVolume))];
    }

    private static Task<IEnumerable<(string Ticker, double DollarVolume, double ShareVolume, int Bars)>> QueryMediansAsync(NpgsqlConnection connection,
        NpgsqlTransaction tx, DateOnly session, DateOnly from, string[] tickers, CancellationToken ct) =>
        connection.QueryAsync<(string Ticker, double DollarVolume, double ShareVolume, int Bars)>(new CommandDefinition(
            """
            SELECT c.ticker, coalesce(h.dollars, 0), coalesce(h.shares, 0), h.bars
            FROM unnest(@tickers) AS c(ticker)
            LEFT JOIN LATERAL (
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x.close * x.volume) AS dollars,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY x.volume) AS shares,
                       count(*)::int AS bars
                FROM (SELECT close, volume FROM daily_bars
                      WHERE ticker = c.ticker AND session_date >= @from AND session_date < @session
                      ORDER BY session_date DESC LIMIT @lookback) x
            ) h ON true
            """,
            new { tickers, session, from, lookback = SplitDetector.VolumeLookback }, tx, cancellationToken: ct));

    /// <summary>The statements replacing the session's detected factors with <paramref name="suspects"/> (for a batch).</summary>
    internal static IEnumerable<NpgsqlBatchCommand> ReplaceCommands(DateOnly session, IReadOnlyList<SplitSuspect> suspects)
    {
        yield return BatchCommands.Create("DELETE FROM split_factors WHERE ex_date = @session AND source = 'detected'", ("session", session));
        yield return BatchCommands.Create(
            """
            INSERT INTO split_factors (ticker, ex_date, factor, observed_ratio, dollar_volume_ratio)
            SELECT t, @session, f, o, d FROM unnest(@tickers, @factors, @observed, @dollars) AS s(t, f, o, d)
            ON CONFLICT (ticker, ex_date) DO NOTHING
            """,
            ("session", session), ("tickers", suspects.Select(s => s.Ticker).ToArray()), ("factors", suspects.Select(s => s.Factor).ToArray()),
            ("observed", suspects.Select(s => s.ObservedRatio).ToArray()), ("dollars", suspects.Select(s => s.DollarVolumeRatio).ToArray()));
    }

    /// <summary>The statements replacing the detected factors of the sessions <paramref name="sessions"/> with <paramref name="suspects"/> (for a batch).</summary>
    internal static IEnumerable<NpgsqlBatchCommand> ReplaceCommands(IReadOnlyList<DateOnly> sessions, IReadOnlyList<SplitSuspect> suspects)
    {
        yield return BatchCommands.Create("DELETE FROM split_factors WHERE ex_date = ANY(@sessions) AND source = 'detected'", ("sessions", sessions.ToArray()));
        yield return BatchCommands.Create(
            """
            INSERT INTO split_factors (ticker, ex_date, factor, observed_ratio, dollar_volume_ratio)
            SELECT t, e, f, o, d FROM unnest(@tickers, @dates, @factors, @observed, @dollars) AS s(t, e, f, o, d)
            ON CONFLICT (ticker, ex_date) DO NOTHING
            """,
            ("tickers", suspects.Select(s => s.Ticker).ToArray()), ("dates", suspects.Select(s => s.ExDate).ToArray()), ("factors", suspects.Select(s => s.Factor).ToArray()),
            ("observed", suspects.Select(s => s.ObservedRatio).ToArray()), ("dollars", suspects.Select(s => s.DollarVolumeRatio).ToArray()));
    }

    /// <summary>The stored factors of one ticker, ex-date → new shares per old share.</summary>
    public static async Task<IReadOnlyDictionary<DateOnly, double>> FactorsAsync(NpgsqlConnection connection, string ticker, CancellationToken ct) =>
        (await connection.QueryAsync<(DateOnly ExDate, double Factor)>(new CommandDefinition(
            "SELECT ex_date, factor FROM split_factors WHERE ticker = @ticker", new { ticker }, cancellationToken: ct)))
        .ToDictionary(r => r.ExDate, r => r.Factor);
}
