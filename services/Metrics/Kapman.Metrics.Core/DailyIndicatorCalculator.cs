namespace Kapman.Metrics.Core;

/// <summary>
/// Computes the daily indicator snapshot of one ticker. The snapshot of session S is defined as the
/// indicators fed with the last <see cref="WindowSessions"/> bars ending at S (all bars when fewer exist),
/// so computing only the new session from its window gives exactly what a full recompute from the first
/// bar of history gives for that session. Cumulative indicators (OBV, A/D, NVI, VPT, cumulative return)
/// therefore start at the window's first bar. 300 sessions cover the longest warm-up (SMA 200, the 52-week
/// range) and let every EMA's seed wash out ((1 − 2/27)^274 ≈ 7e-10 for EMA 26).
/// </summary>
public static class DailyIndicatorCalculator
{
    /// <summary>Version stamped on every snapshot; bump it when a definition changes.</summary>
    public const string ModelVersion = "metrics-2.0.0";

    /// <summary>Sessions fed per snapshot.</summary>
    public const int WindowSessions = 300;

    /// <summary>Computes the snapshot of the last bar of <paramref name="history"/>.</summary>
    /// <param name="ticker">Ticker symbol, not blank.</param>
    /// <param name="history">Bars in strictly ascending date order; the last bar is the session. Only the last
    /// <see cref="WindowSessions"/> are used.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The ticker is blank, the history is empty or its dates are not
    /// strictly ascending.</exception>
    public static IndicatorSnapshot Compute(string ticker, IReadOnlyList<Bar> history)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            throw new ArgumentException("The history is empty.", nameof(history));
        }

        for (var i = 1; i < history.Count; i++)
        {
            if (history[i].Date <= history[i - 1].Date)
            {
                throw new ArgumentException(
                    $"The history must be strictly ascending by date: bar {i} ({history[i].Date:yyyy-MM-dd}) " +
                    $"does not follow {history[i - 1].Date:yyyy-MM-dd}.",
                    nameof(history));
            }
        }

        var surface = new SnapshotIndicators();
        for (var i = Math.Max(0, history.Count - WindowSessions); i < history.Count; i++)
        {
            surface.Update(history[i]);
        }

        var values = new Dictionary<string, double?>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var output in surface.Outputs)
        {
            var reason = NullReason(output, surface);
            var value = reason is null ? output.Read() : (double?)null;
            if (value is { } v && !double.IsFinite(v))
            {
                (value, reason) = (null, "not a finite number");
            }

            values[output.Name] = value;
            if (reason is not null)
            {
                reasons[output.Name] = reason;
            }
        }

        return SnapshotMapper.ToSnapshot(ticker, history[^1].Date, ModelVersion, values, reasons, surface.Outputs);
    }

    private static string? NullReason(SnapshotOutput output, SnapshotIndicators surface)
    {
        if (output.Source is HistoricalVolatility && surface.NonPositiveClose is { } date)
        {
            return $"non-positive close on {date:yyyy-MM-dd}: log returns are undefined";
        }

        if (!output.Source.IsReady)
        {
            return $"warming up: needs {output.Source.WarmUpPeriod} sessions, has {output.Source.Samples}";
        }

        if (output.Source == surface.Range && !surface.Range.WindowIsFull)
        {
            return $"history shorter than the {FiftyTwoWeekRange.WindowDays}-day 52-week window";
        }

        return null;
    }
}
