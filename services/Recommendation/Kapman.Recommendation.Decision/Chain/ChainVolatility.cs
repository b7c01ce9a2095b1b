using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Recommendation.Decision.Chain;

/// <summary>
/// Readings of the chain's implied volatility surface (docs/domain/decision-engine.md#f-structure-selection, seed 003 §8.1):
/// ATM IV per expiration, the 25-delta skew, and model deltas where the feed gives none.
/// </summary>
public static class ChainVolatility
{
    /// <summary>
    /// The delta of <paramref name="quote"/>: the feed's, else Black-Scholes-Merton's from its IV with the time to the
    /// expiry's 16:00 close; null without either.
    /// </summary>
    public static double? Delta(ChainQuote quote, double spot, DateTimeOffset now, PricingInputs pricing)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(pricing);
        if (quote.Delta is { } delta && double.IsFinite(delta))
        {
            return delta;
        }

        if (quote.ImpliedVolatility is not { } iv || !(iv > 0) || spot <= 0)
        {
            return null;
        }

        var years = MarketClock.YearsToExpiry(now, quote.Expiration);
        return BlackScholesMerton.Greeks(quote.Right, spot, quote.Strike, years, pricing.RiskFreeRate, pricing.DividendYield, iv).Delta;
    }

    /// <summary>
    /// ATM IV of one expiration: the mean IV of the call and the put at the listed strike nearest the spot (either alone when the
    /// other has no IV); null when neither has one. Annualised decimal.
    /// </summary>
    public static double? AtmIv(DecisionChain chain, DateOnly expiration)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var quotes = chain.Quotes.Where(q => q.Expiration == expiration && q.ImpliedVolatility is > 0).ToList();
        if (quotes.Count == 0)
        {
            return null;
        }

        var strike = quotes.MinBy(q => (Math.Abs(q.Strike - chain.Spot), q.Strike))!.Strike;
        return quotes.Where(q => q.Strike == strike).Average(q => q.ImpliedVolatility!.Value);
    }

    /// <summary>
    /// ATM IV of the listed expiration whose calendar days from <paramref name="now"/> are nearest <paramref name="days"/>
    /// (ties to the shorter), e.g. 30 for the IV the VRP compares with RV20; expirations before day 1 are skipped.
    /// </summary>
    public static double? AtmIvNear(DecisionChain chain, DateTimeOffset now, int days)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var expirations = chain.ExpirationsFrom(MarketClock.SessionDate(now)).Where(e => MarketClock.DaysToExpiry(now, e) >= 1).ToList();
        return expirations.Count == 0
            ? null
            : AtmIv(chain, expirations.MinBy(e => (Math.Abs(MarketClock.DaysToExpiry(now, e) - days), e)));
    }

    /// <summary>
    /// 25-delta skew (docs/domain/decision-engine.md#f-structure-selection, seed 003 §8.1): IV of the put whose delta is nearest −<paramref name="skewDelta"/> minus IV of the call
    /// whose delta is nearest +<paramref name="skewDelta"/>, among <paramref name="legs"/> with an IV. Vol points as a decimal
    /// (0.02 = 2 points); null when either side is missing.
    /// </summary>
    public static double? Skew(IReadOnlyList<(ChainQuote Quote, double Delta)> legs, double skewDelta)
    {
        ArgumentNullException.ThrowIfNull(legs);
        var put = legs.Where(l => l.Quote.Right == OptionRight.Put && l.Quote.ImpliedVolatility is > 0).OrderBy(l => Math.Abs(l.Delta + skewDelta)).ThenBy(l => l.Quote.Strike).FirstOrDefault();
        var call = legs.Where(l => l.Quote.Right == OptionRight.Call && l.Quote.ImpliedVolatility is > 0).OrderBy(l => Math.Abs(l.Delta - skewDelta)).ThenBy(l => l.Quote.Strike).FirstOrDefault();
        return put.Quote is null || call.Quote is null ? null : put.Quote.ImpliedVolatility!.Value - call.Quote.ImpliedVolatility!.Value;
    }
}
