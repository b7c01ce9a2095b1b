using Kapman.MarketData;

namespace Kapman.Recommendation.Core.Strategies;

/// <summary>
/// The expiry payoff of a set of legs, $ per share: P(S) = Σ ±intrinsic(S) − net premium, + for bought legs,
/// − for sold legs, intrinsic = max(S − K, 0) for calls and max(K − S, 0) for puts (textbook hockey-stick payoffs).
/// P is piecewise linear with kinks at the strikes, so its extremes lie at S = 0, at a strike, or at S → ∞.
/// </summary>
public sealed class PayoffProfile
{
    private readonly IReadOnlyList<TradeLeg> legs;
    private readonly double[] points;

    /// <summary>Builds the profile of <paramref name="legs"/> (at least one).</summary>
    public PayoffProfile(IReadOnlyList<TradeLeg> legs)
    {
        ArgumentNullException.ThrowIfNull(legs);
        if (legs.Count == 0)
        {
            throw new ArgumentException("At least one leg is needed.", nameof(legs));
        }

        this.legs = legs;
        points = [0.0, .. legs.Select(leg => leg.Contract.Strike).Distinct().Order()];
        NetPremium = legs.Sum(leg => Sign(leg) * leg.Price);
        TailSlope = legs.Where(leg => leg.Contract.Right == OptionRight.Call).Sum(Sign);
    }

    /// <summary>Σ bought prices − Σ sold prices, $ per share (&gt; 0 debit, &lt; 0 credit).</summary>
    public double NetPremium { get; }

    /// <summary>dP/dS beyond the highest strike: net calls held.</summary>
    public double TailSlope { get; }

    /// <summary>Most the position can make, $ per share, or null when unbounded (TailSlope &gt; 0).</summary>
    public double? MaxProfit => TailSlope > 0 ? null : points.Max(At);

    /// <summary>Most the position can lose, $ per share (≥ 0 when it can lose), or +∞ when TailSlope &lt; 0.</summary>
    public double MaxLoss => TailSlope < 0 ? double.PositiveInfinity : -points.Min(At);

    /// <summary>P(S), $ per share.</summary>
    public double At(double underlying) =>
        legs.Sum(leg => Sign(leg) * Intrinsic(leg.Contract, underlying)) - NetPremium;

    /// <summary>The lowest S ≥ 0 with P(S) = 0 where P changes sign, or null when P never crosses zero.</summary>
    public double? Breakeven()
    {
        for (var i = 0; i + 1 < points.Length; i++)
        {
            var (a, b) = (points[i], points[i + 1]);
            var (pa, pb) = (At(a), At(b));
            if (pa == 0 && pb != 0)
            {
                return a;
            }

            if (pa * pb < 0)
            {
                return a + (b - a) * pa / (pa - pb);
            }
        }

        var last = points[^1];
        var pLast = At(last);
        return pLast == 0 ? last : TailSlope != 0 && -pLast / TailSlope > 0 ? last - pLast / TailSlope : null;
    }

    private static double Sign(TradeLeg leg) => leg.Side == LegSide.Buy ? 1.0 : -1.0;

    private static double Intrinsic(ChainContract contract, double underlying) => contract.Right == OptionRight.Call
        ? Math.Max(underlying - contract.Strike, 0)
        : Math.Max(contract.Strike - underlying, 0);
}
