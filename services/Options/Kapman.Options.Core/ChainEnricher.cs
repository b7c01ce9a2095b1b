namespace Kapman.Options.Core;

/// <summary>Gives every contract of a chain an implied volatility and greeks, from the feed or computed.</summary>
/// <remarks>
/// Time to expiry: T = (Expiration − AsOf) in calendar days / 365 (ACT/365), both dates taken at the 16:00 ET
/// close (the snapshot is captured after the session's close, and equity options stop trading at the close of
/// their expiration day). T ≤ 0 ⇒ no IV and no greeks, reason <see cref="ImpliedVolatilityFailure.Expired"/>
/// (the feed's IVs of contracts expiring that day are meaningless).
/// <para>
/// IV: the feed's when present and at least <see cref="ImpliedVolatilitySolver.MinimumVolatility"/> (Yahoo writes
/// 1e-5 as a placeholder for "unknown"); else solved by <see cref="ImpliedVolatilitySolver"/> from the mid
/// (bid + ask) / 2 when bid &gt; 0 and ask ≥ bid, else from the last price when &gt; 0, else
/// <see cref="ImpliedVolatilityFailure.NoPrice"/>.
/// Greeks: the feed's when present, else <see cref="BlackScholesMerton.Greeks"/> at the chain's spot with the IV.
/// </para>
/// </remarks>
public static class ChainEnricher
{
    private const double DaysPerYear = 365.0;

    /// <summary>Enriches every contract of <paramref name="chain"/>, in the chain's order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The chain's spot or a strike is not positive and finite, or the inputs are not finite.</exception>
    public static IReadOnlyList<EnrichedContract> Enrich(OptionChainSnapshot chain, PricingInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(inputs);
        return chain.Contracts.Select(quote => Enrich(quote, chain.AsOf, chain.Spot, inputs)).ToList();
    }

    private static EnrichedContract Enrich(OptionQuote quote, DateOnly asOf, double spot, PricingInputs inputs)
    {
        var days = quote.Expiration.DayNumber - asOf.DayNumber;
        if (days <= 0)
        {
            return new EnrichedContract(quote, null, ValueSource.None, ImpliedVolatilityFailure.Expired, null, ValueSource.None, days);
        }

        var years = days / DaysPerYear;
        double? volatility;
        string ivSource;
        string? failure = null;
        if (quote.ImpliedVolatility is { } feedIv && feedIv >= ImpliedVolatilitySolver.MinimumVolatility && double.IsFinite(feedIv))
        {
            volatility = feedIv;
            ivSource = ValueSource.Feed;
        }
        else
        {
            var solved = ImpliedVolatilitySolver.Solve(
                quote.Right, PriceOf(quote), spot, quote.Strike, years, inputs.RiskFreeRate, inputs.DividendYield);
            volatility = solved.Volatility;
            failure = solved.FailureReason;
            ivSource = volatility is null ? ValueSource.None : ValueSource.Computed;
        }

        if (quote.Greeks is { } feedGreeks)
        {
            return new EnrichedContract(quote, volatility, ivSource, failure, feedGreeks, ValueSource.Feed, days);
        }

        if (volatility is { } sigma)
        {
            var greeks = BlackScholesMerton.Greeks(quote.Right, spot, quote.Strike, years, inputs.RiskFreeRate, inputs.DividendYield, sigma);
            return new EnrichedContract(quote, volatility, ivSource, failure, greeks, ValueSource.Computed, days);
        }

        return new EnrichedContract(quote, null, ivSource, failure, null, ValueSource.None, days);
    }

    /// <summary>The mid when both sides are quoted and not crossed, else the last price, else NaN (no price).</summary>
    private static double PriceOf(OptionQuote quote)
    {
        if (quote.Bid is > 0 and var bid && quote.Ask is { } ask && ask >= bid)
        {
            return 0.5 * (bid + ask);
        }

        return quote.Last is > 0 and var last ? last : double.NaN;
    }
}
