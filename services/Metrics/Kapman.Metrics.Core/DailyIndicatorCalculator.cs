using Kapman.Indicators;
using Kapman.MarketData;

namespace Kapman.Metrics.Core;

/// <summary>
/// Computes the daily indicator snapshot of one ticker. The snapshot of session S is defined as every indicator
/// fed with every stored bar of the ticker from its first through S (<see cref="Recompute"/>), so cumulative
/// indicators (OBV, A/D, NVI, VPT, cumulative return) and every EMA-type recursion run from the first bar.
/// The daily step does not re-read that history: it restores the surface's state saved after the previous session
/// and feeds the one new bar (<see cref="TryContinue"/>), which gives bit-for-bit the same values because the
/// same floating-point operations run in the same order. When the saved state does not end on the bar just before
/// the session (no state, a missed session, a corrected or re-adjusted bar, another state format), the caller
/// falls back to <see cref="Recompute"/> over the full history.
/// </summary>
public static class DailyIndicatorCalculator
{
    /// <summary>Version stamped on every snapshot; bump it when a definition changes.</summary>
    public const string ModelVersion = "metrics-3.0.0";

    /// <summary>Full recompute: the snapshot of the last bar of <paramref name="history"/>, fed from its first bar.</summary>
    /// <param name="ticker">Ticker symbol, not blank.</param>
    /// <param name="history">Every bar of the ticker in strictly ascending date order; the last bar is the session.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The ticker is blank, the history is empty or its dates are not
    /// strictly ascending.</exception>
    public static IndicatorSnapshot Compute(string ticker, IReadOnlyList<Bar> history) => Recompute(ticker, history).Snapshot;

    /// <summary>Full recompute as <see cref="Compute"/>, also returning the state to continue from.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Compute"/>.</exception>
    public static DailyStep Recompute(string ticker, IReadOnlyList<Bar> history)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            throw new ArgumentException("The history is empty.", nameof(history));
        }

        EnsureAscending(history);
        var surface = new SnapshotIndicators();
        foreach (var bar in history)
        {
            surface.Update(bar);
        }

        return new DailyStep(Snapshot(ticker, surface), surface.SaveState());
    }

    /// <summary>
    /// Incremental step: restores <paramref name="state"/> and feeds the session bar, the last of
    /// <paramref name="recent"/>. Returns null when the state cannot be continued: its last bar is not exactly the
    /// bar before the session in <paramref name="recent"/> (or there is none), or the bytes are not a state of
    /// this surface. The caller then recomputes from the full history.
    /// </summary>
    /// <param name="ticker">Ticker symbol, not blank.</param>
    /// <param name="state">The state saved after an earlier session.</param>
    /// <param name="recent">The ticker's latest bars in strictly ascending order, ending with the session.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The ticker is blank, <paramref name="recent"/> is empty or not
    /// strictly ascending.</exception>
    public static DailyStep? TryContinue(string ticker, byte[] state, IReadOnlyList<Bar> recent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(recent);
        if (recent.Count == 0)
        {
            throw new ArgumentException("No bars given.", nameof(recent));
        }

        EnsureAscending(recent);
        if (recent.Count < 2)
        {
            return null;
        }

        SnapshotIndicators surface;
        try
        {
            surface = SnapshotIndicators.RestoreState(state);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        if (surface.LastBar != recent[^2])
        {
            return null;
        }

        surface.Update(recent[^1]);
        return new DailyStep(Snapshot(ticker, surface), surface.SaveState());
    }

    /// <summary>The snapshot of the surface's last bar: every output, null with a reason where not computable.</summary>
    /// <exception cref="ArgumentException">No bar has been fed.</exception>
    public static IndicatorSnapshot Snapshot(string ticker, SnapshotIndicators surface)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        ArgumentNullException.ThrowIfNull(surface);
        var session = surface.LastBar ?? throw new ArgumentException("No bar has been fed.", nameof(surface));
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

        return SnapshotMapper.ToSnapshot(ticker, session.Date, ModelVersion, values, reasons, surface.Outputs);
    }

    private static void EnsureAscending(IReadOnlyList<Bar> history)
    {
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

        if (output.Source.UndefinedReason is { } undefined)
        {
            return undefined;
        }

        if (output.Source == surface.Range && !surface.Range.WindowIsFull)
        {
            return $"history shorter than the {FiftyTwoWeekRange.WindowDays}-day 52-week window";
        }

        return null;
    }
}
