using Kapman.MarketData;

namespace Kapman.Options.Core;

/// <summary>
/// Volatility metrics of one chain (issue §5). A contract is usable when it has ≥ 1 day to expiry and an IV in
/// (<see cref="DealerEligibility.MinimumIv"/>, <see cref="DealerEligibility.MaximumIv"/>).
/// </summary>
/// <remarks>
/// Averages: Σ IV × OI / Σ OI over usable contracts with OI &gt; 0 (null when Σ OI = 0).
/// 25-delta skew: on the expiration whose DTE is nearest 30 (ties: the earlier), IV is interpolated linearly in
/// delta between the two usable contracts around Δ = −0.25 (puts) and Δ = +0.25 (calls); skew = put − call.
/// ATM IV per expiration: IV interpolated linearly in strike at K = spot, for calls and puts separately when
/// their strikes bracket spot; the mean of the two (or the one available).
/// 30 and 90 days: σ(t) from total variance σ²T linear in T between the two expirations around t (Hull §20.4).
/// </remarks>
public static class VolatilityMetricsCalculator
{
    private const double SkewDelta = 0.25;

    /// <summary>Computes the metrics of <paramref name="contracts"/> at <paramref name="spot"/> ($ per share, positive).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contracts"/> is null.</exception>
    public static VolatilityMetrics Compute(IReadOnlyList<EnrichedContract> contracts, double spot)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var usable = contracts
            .Where(c => c.DaysToExpiry >= 1 && c.ImpliedVolatility is > DealerEligibility.MinimumIv and < DealerEligibility.MaximumIv)
            .ToList();
        var expirations = usable.GroupBy(c => (c.Quote.Expiration, c.DaysToExpiry)).OrderBy(g => g.Key.DaysToExpiry).ToList();
        var term = expirations
            .Select(g => AtmIv(g.ToList(), spot) is { } iv ? new TermStructurePoint(g.Key.Expiration, g.Key.DaysToExpiry, iv) : null)
            .OfType<TermStructurePoint>()
            .ToList();
        var skewGroup = expirations.OrderBy(g => Math.Abs(g.Key.DaysToExpiry - 30)).ThenBy(g => g.Key.DaysToExpiry).FirstOrDefault();
        double? skew = null;
        if (skewGroup is not null
            && IvAtDelta(skewGroup.Where(c => c.Quote.Right == OptionRight.Put), -SkewDelta) is { } putIv
            && IvAtDelta(skewGroup.Where(c => c.Quote.Right == OptionRight.Call), SkewDelta) is { } callIv)
        {
            skew = putIv - callIv;
        }

        var iv30 = IvAtDays(term, 30);
        var iv90 = IvAtDays(term, 90);
        double callOi = contracts.Where(c => c.Quote.Right == OptionRight.Call).Sum(c => (double)c.Quote.OpenInterest);
        double putOi = contracts.Where(c => c.Quote.Right == OptionRight.Put).Sum(c => (double)c.Quote.OpenInterest);
        double callVolume = contracts.Where(c => c.Quote.Right == OptionRight.Call).Sum(c => (double)c.Quote.Volume);
        double putVolume = contracts.Where(c => c.Quote.Right == OptionRight.Put).Sum(c => (double)c.Quote.Volume);
        return new VolatilityMetrics(
            WeightedIv(usable),
            WeightedIv(usable.Where(c => c.Quote.Right == OptionRight.Call)),
            WeightedIv(usable.Where(c => c.Quote.Right == OptionRight.Put)),
            skewGroup?.Key.Expiration,
            skew,
            term,
            iv30,
            iv90,
            iv30 is { } a && iv90 is { } b ? b - a : null,
            callOi > 0 ? putOi / callOi : null,
            callVolume > 0 ? putVolume / callVolume : null);
    }

    private static double? WeightedIv(IEnumerable<EnrichedContract> contracts)
    {
        double weight = 0, sum = 0;
        foreach (var c in contracts.Where(c => c.Quote.OpenInterest > 0))
        {
            weight += c.Quote.OpenInterest;
            sum += c.Quote.OpenInterest * c.ImpliedVolatility!.Value;
        }

        return weight > 0 ? sum / weight : null;
    }

    private static double? AtmIv(List<EnrichedContract> expiry, double spot)
    {
        var call = Interpolate(expiry.Where(c => c.Quote.Right == OptionRight.Call).Select(c => (c.Quote.Strike, c.ImpliedVolatility!.Value)), spot);
        var put = Interpolate(expiry.Where(c => c.Quote.Right == OptionRight.Put).Select(c => (c.Quote.Strike, c.ImpliedVolatility!.Value)), spot);
        return call is { } c && put is { } p ? 0.5 * (c + p) : call ?? put;
    }

    private static double? IvAtDelta(IEnumerable<EnrichedContract> side, double delta) =>
        Interpolate(side.Where(c => c.Greeks is not null).Select(c => (c.Greeks!.Value.Delta, c.ImpliedVolatility!.Value)), delta);

    /// <summary>Linear interpolation of y at x between the nearest points below and above (exact match allowed); null when x is not bracketed.</summary>
    private static double? Interpolate(IEnumerable<(double X, double Y)> points, double x)
    {
        (double X, double Y)? below = null, above = null;
        foreach (var point in points)
        {
            if (point.X <= x && (below is null || point.X > below.Value.X))
            {
                below = point;
            }

            if (point.X >= x && (above is null || point.X < above.Value.X))
            {
                above = point;
            }
        }

        if (below is not { } lo || above is not { } hi)
        {
            return null;
        }

        return hi.X == lo.X ? lo.Y : lo.Y + (hi.Y - lo.Y) * (x - lo.X) / (hi.X - lo.X);
    }

    private static double? IvAtDays(IReadOnlyList<TermStructurePoint> term, double days)
    {
        var variance = Interpolate(term.Select(p => ((double)p.DaysToExpiry, p.AtmIv * p.AtmIv * p.DaysToExpiry)), days);
        return variance is > 0 and var v ? Math.Sqrt(v / days) : null;
    }
}
