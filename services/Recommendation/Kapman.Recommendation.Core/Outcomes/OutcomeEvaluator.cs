using Kapman.MarketData;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>
/// Scores a directional call over the stored bars after it (docs/domain/recommendations.md#outcome-evaluation, seed 000 §5.5: evaluated weekly until expiry; FR-009
/// directional Brier). Formulas on <see cref="OutcomeResult"/>. The exit is the first of target/stop, else the
/// last close in the window; excursions are measured up to the exit.
/// </summary>
public static class OutcomeEvaluator
{
    /// <summary>
    /// Evaluates <paramref name="request"/> with the bars dated after the session, up to min(WindowEnd, asOf).
    /// Returns null when no such bar exists yet.
    /// </summary>
    /// <exception cref="ArgumentException">Direction is not LONG or SHORT.</exception>
    public static OutcomeResult? Evaluate(OutcomeRequest request, IEnumerable<Bar> bars, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(bars);
        var up = request.Direction switch
        {
            TradeDirections.Bullish => true,
            TradeDirections.Bearish => false,
            _ => throw new ArgumentException($"Direction '{request.Direction}' cannot be scored.", nameof(request)),
        };
        var last = request.WindowEnd < asOf ? request.WindowEnd : asOf;
        var window = bars.Where(b => b.Date > request.SessionDate && b.Date <= last).OrderBy(b => b.Date).ToList();
        if (window.Count == 0)
        {
            return null;
        }

        var entry = window[0].Open;
        int? toTarget = null, toStop = null;
        for (var i = 0; i < window.Count && toTarget is null && toStop is null; i++)
        {
            var bar = window[i];
            if (up ? bar.Low <= request.Stop : bar.High >= request.Stop)
            {
                toStop = i + 1;
            }
            else if (up ? bar.High >= request.Target : bar.Low <= request.Target)
            {
                toTarget = i + 1;
            }
        }

        var held = toTarget ?? toStop ?? window.Count;
        var exit = toTarget is not null ? request.Target : toStop is not null ? request.Stop : window[held - 1].Close;
        var span = window.Take(held).ToList();
        var high = span.Max(b => b.High);
        var low = span.Min(b => b.Low);
        var correct = up ? exit > entry : exit < entry;
        var o = correct ? 1.0 : 0.0;
        var closed = toTarget is not null || toStop is not null;
        var status = closed ? OutcomeStatus.Closed : last >= request.WindowEnd ? OutcomeStatus.Expired : OutcomeStatus.Active;
        return new OutcomeResult(
            window[held - 1].Date, window.Count, entry, exit, high, low, toTarget, toStop, held,
            up ? (high - entry) / entry : (entry - low) / entry,
            up ? (entry - low) / entry : (high - entry) / entry,
            correct, request.Confidence, (request.Confidence - o) * (request.Confidence - o),
            (up ? exit - entry : entry - exit) / entry,
            toTarget is not null, toStop is not null,
            toTarget is not null ? "WIN" : toStop is not null ? "LOSS" : "NEUTRAL",
            status);
    }
}
