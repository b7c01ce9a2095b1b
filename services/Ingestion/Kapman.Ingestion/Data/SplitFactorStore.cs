using Dapper;
using Kapman.Ingestion.Core.Calendar;
using Kapman.Ingestion.Core.CorporateActions;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>Detects split suspects of a stored session and keeps their factors in <c>split_factors</c>.</summary>
public static class SplitFactorStore
{
    // Only moves this far from 1 can match a ratio in SplitRatios.All within SplitDetector.Tolerance (3:2 - 5% = 1.425, 1:2 + 5% = 0.525).
    private const double UpperPrefilter = 1.4;
    private const double LowerPrefilter = 0.55;

    /// <summary>
    /// Compares the session's opens with the previous NYSE session's closes, classifies the large moves with
    /// <see cref="SplitDetector.Classify"/> (dollar volume against the mean of up to <see cref="SplitDetector.VolumeLookback"/>
    /// prior bars) and replaces the session's detected factors. Returns the suspects.
    /// </summary>
    public static async Task<IReadOnlyList<SplitSuspect>> DetectAsync(NpgsqlConnection connection, NpgsqlTransaction tx, DateOnly session, CancellationToken ct)
    {
        var previous = NyseCalendar.PreviousSession(session);
        var candidates = await connection.QueryAsync<Candidate>(new CommandDefinition(
            """
            SELECT b.ticker AS Ticker, p.close AS PreviousClose, b.open AS Open, b.close * b.volume AS DollarVolume,
                   coalesce(h.avg_dollar_volume, 0) AS AverageDollarVolume
            FROM daily_bars b
            JOIN daily_bars p ON p.ticker = b.ticker AND p.session_date = @previous
            LEFT JOIN LATERAL (
                SELECT avg(x.close * x.volume) AS avg_dollar_volume
                FROM (SELECT close, volume FROM daily_bars
                      WHERE ticker = b.ticker AND session_date < @session
                      ORDER BY session_date DESC LIMIT @lookback) x
            ) h ON true
            WHERE b.session_date = @session
              AND (p.close / b.open > @upper OR p.close / b.open < @lower)
            """,
            new { session, previous, lookback = SplitDetector.VolumeLookback, upper = UpperPrefilter, lower = LowerPrefilter }, tx, cancellationToken: ct));

        var suspects = new List<SplitSuspect>();
        foreach (var c in candidates)
        {
            if (SplitDetector.Classify(c.PreviousClose, c.Open, c.DollarVolume, c.AverageDollarVolume) is { } factor)
            {
                suspects.Add(new SplitSuspect(c.Ticker, session, factor, c.PreviousClose / c.Open, c.DollarVolume / c.AverageDollarVolume));
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM split_factors WHERE ex_date = @session AND source = 'detected'", new { session }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO split_factors (ticker, ex_date, factor, observed_ratio, dollar_volume_ratio)
            VALUES (@Ticker, @ExDate, @Factor, @ObservedRatio, @DollarVolumeRatio)
            ON CONFLICT (ticker, ex_date) DO NOTHING
            """, suspects, tx, cancellationToken: ct));
        return suspects;
    }

    /// <summary>The stored factors of one ticker, ex-date → new shares per old share.</summary>
    public static async Task<IReadOnlyDictionary<DateOnly, double>> FactorsAsync(NpgsqlConnection connection, string ticker, CancellationToken ct) =>
        (await connection.QueryAsync<(DateOnly ExDate, double Factor)>(new CommandDefinition(
            "SELECT ex_date, factor FROM split_factors WHERE ticker = @ticker", new { ticker }, cancellationToken: ct)))
        .ToDictionary(r => r.ExDate, r => r.Factor);

    private sealed record Candidate(string Ticker, double PreviousClose, double Open, double DollarVolume, double AverageDollarVolume);
}
