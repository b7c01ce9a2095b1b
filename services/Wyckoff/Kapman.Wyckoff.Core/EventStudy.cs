using Kapman.MarketData;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// The research benchmark (issue 5 §10): for every event code, how many events the detector reports on
/// bars dated within [from, to], and the forward close-to-close returns h sessions after the bar where each
/// became known (close[i + h] / close[i] − 1; no look-ahead in the detection itself), against the baseline
/// of every bar in the window. An event or bar without h later sessions in its series is left out of that
/// horizon. Pure: every input is an argument.
/// </summary>
public static class EventStudy
{
    /// <summary>The event codes, in the table's order.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["SC", "AR", "ST", "SPRING", "TEST", "SOS", "SOW", "BC"];

    /// <summary>The baseline row's name: every bar counted, whatever its events.</summary>
    public const string AllBars = "ALL";

    /// <summary>Runs the study.</summary>
    /// <param name="series">Daily bars per ticker, each strictly ascending (see <see cref="WyckoffAnalyzer.Analyze"/>);
    /// bars before <paramref name="from"/> serve as warm-up.</param>
    /// <param name="from">First event date counted.</param>
    /// <param name="to">Last event date counted.</param>
    /// <param name="horizons">Forward horizons in sessions, each ≥ 1 (for example 5, 10, 20, 40).</param>
    /// <param name="parameters">Detector thresholds.</param>
    /// <returns>One row per code of <see cref="Codes"/>, then the <c>ALL</c> baseline row.</returns>
    /// <exception cref="ArgumentException">A horizon is below 1, or a series is invalid.</exception>
    public static IReadOnlyList<EventStudyRow> Run(
        IEnumerable<IReadOnlyList<Bar>> series, DateOnly from, DateOnly to, IReadOnlyList<int> horizons, WyckoffParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(horizons);
        if (horizons.Any(h => h < 1))
        {
            throw new ArgumentException("Every horizon must be at least 1 session.", nameof(horizons));
        }

        var keys = Codes.Append(AllBars).ToArray();
        var counts = keys.ToDictionary(k => k, _ => 0);
        var returns = keys.ToDictionary(k => k, _ => horizons.Select(_ => new List<double>()).ToArray());
        foreach (var bars in series)
        {
            foreach (var e in WyckoffAnalyzer.Timeline(bars, parameters))
            {
                if (e.Date >= from && e.Date <= to && counts.ContainsKey(e.Code))
                {
                    Add(e.Code, e.BarIndex, bars);
                }
            }

            for (var i = 0; i < bars.Count; i++)
            {
                if (bars[i].Date >= from && bars[i].Date <= to)
                {
                    Add(AllBars, i, bars);
                }
            }
        }

        return keys.Select(k => new EventStudyRow(
            k, counts[k], horizons.Select((h, n) => ForwardReturnStats.Of(h, returns[k][n])).ToArray())).ToArray();

        void Add(string key, int index, IReadOnlyList<Bar> bars)
        {
            counts[key]++;
            for (var n = 0; n < horizons.Count; n++)
            {
                if (index + horizons[n] < bars.Count)
                {
                    returns[key][n].Add((bars[index + horizons[n]].Close / bars[index].Close) - 1);
                }
            }
        }
    }
}
