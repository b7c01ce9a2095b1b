using Kapman.MarketData;

namespace Kapman.Recommendation.Decision.Structures;

/// <summary>
/// The P&amp;L at expiry of one structure, $ per share of one contract, as a function of the underlying's price S_T: the net
/// premium received (negative for a debit) + Σ_legs quantity × intrinsic(S_T) + (shares / 100) × (S_T − spot) for shares held
/// with it (a covered call's). Piecewise linear with kinks at the strikes, so its extremes lie at S_T = 0, at a strike or at
/// +∞, and its breakevens are the roots of its linear pieces (Hull, 10th ed., ch. 12, "Trading strategies involving options").
/// </summary>
public sealed class ExpiryPayoff
{
    private readonly Candidate candidate;
    private readonly double premium;
    private readonly double[] points;

    private ExpiryPayoff(Candidate candidate, double premium)
    {
        this.candidate = candidate;
        this.premium = premium;
        points = [0d, .. candidate.Legs.Select(l => l.Quote.Strike).Where(k => k > 0).Distinct().Order()];
        var values = points.Select(ValueAt).ToList();
        var slope = SlopeBeyondLastStrike;
        MaxProfit = slope > 0 ? double.PositiveInfinity : values.Max();
        MaxLoss = slope < 0 ? double.PositiveInfinity : Math.Max(0d, -values.Min());
        Breakevens = Roots(values, slope);
    }

    /// <summary>The largest P&amp;L at expiry, $ per share (+∞ when unbounded).</summary>
    public double MaxProfit { get; }

    /// <summary>The largest loss at expiry as a positive number, $ per share (+∞ when unbounded; 0 when none).</summary>
    public double MaxLoss { get; }

    /// <summary>The prices where the P&amp;L at expiry crosses zero, ascending, $ per share.</summary>
    public IReadOnlyList<double> Breakevens { get; }

    /// <summary>d(P&amp;L)/dS_T above the highest strike: Σ over calls of quantity + shares / 100.</summary>
    public double SlopeBeyondLastStrike =>
        candidate.Legs.Where(l => l.Quote.Right == OptionRight.Call).Sum(l => (double)l.Quantity) + (candidate.Shares / 100d);

    /// <summary>The payoff of <paramref name="candidate"/> entered at <paramref name="premium"/> ($ per share received; negative = paid).</summary>
    public static ExpiryPayoff Of(Candidate candidate, double premium)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new ExpiryPayoff(candidate, premium);
    }

    /// <summary>P&amp;L at expiry for the underlying at <paramref name="price"/>, $ per share.</summary>
    public double ValueAt(double price) =>
        premium
        + candidate.Legs.Sum(l => l.Quantity * Math.Max(0d, l.Quote.Right == OptionRight.Call ? price - l.Quote.Strike : l.Quote.Strike - price))
        + (candidate.Shares / 100d * (price - candidate.Spot));

    /// <summary>
    /// The open intervals of S_T where the P&amp;L at expiry is positive: (lower, upper), a null bound open (0 or +∞).
    /// </summary>
    public IReadOnlyList<(double? Lower, double? Upper)> ProfitIntervals()
    {
        var bounds = new List<double?> { null };
        bounds.AddRange(Breakevens.Select(b => (double?)b));
        bounds.Add(null);
        var intervals = new List<(double? Lower, double? Upper)>();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var lower = bounds[i];
            var upper = bounds[i + 1];
            var probe = (lower, upper) switch
            {
                (null, null) => candidate.Spot,
                (null, { } u) => u / 2d,
                ({ } l, null) => l + Math.Max(1d, l),
                ({ } l, { } u) => (l + u) / 2d,
            };
            if (ValueAt(probe) > 0)
            {
                intervals.Add((lower, upper));
            }
        }

        return intervals;
    }

    private List<double> Roots(List<double> values, double slope)
    {
        var roots = new List<double>();
        for (var i = 0; i < points.Length; i++)
        {
            if (values[i] == 0 && i > 0)
            {
                roots.Add(points[i]);
            }

            if (i + 1 < points.Length && values[i] * values[i + 1] < 0)
            {
                roots.Add(points[i] + ((points[i + 1] - points[i]) * values[i] / (values[i] - values[i + 1])));
            }
        }

        if (values[^1] * slope < 0)
        {
            roots.Add(points[^1] - (values[^1] / slope));
        }

        return roots.Distinct().Order().ToList();
    }
}
