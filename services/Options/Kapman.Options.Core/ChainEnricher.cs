using Kapman.OptionMath;

namespace Kapman.Options.Core;

/// <summary>Gives every contract of a chain an implied volatility and greeks, from the feed or computed.</summary>
/// <remarks>
/// Time to expiry: T = (Expiration − AsOf) in calendar days / 365 (ACT/365), both dates taken at the 16:00 ET
/// close (the snapshot is captured after the session's close, and equity options stop trading at the close of
/// their expiration day). The live stage uses the same T as the offline calculator. T ≤ 0 ⇒ no IV and no greeks,
/// reason <see cref="ImpliedVolatilityFailure.Expired"/> (the feed's IVs of contracts expiring that day are meaningless).
/// <para>
/// IV: the feed's when present and at least <see cref="ImpliedVolatilitySolver.MinimumVolatility"/> (Yahoo writes
/// 1e-5 as a placeholder for "unknown"); else solved from the mid (bid + ask) / 2 when bid &gt; 0 and ask ≥ bid,
/// else from the last price when &gt; 0, else <see cref="ImpliedVolatilityFailure.NoPrice"/>.
/// Greeks: the feed's when present, else computed at the chain's spot with the IV.
/// </para>
/// <para>
/// Model (<see cref="EnrichedContract.PricingModel"/>): European contracts, and every contract when no
/// <see cref="AmericanPricing"/> is given, use Black–Scholes–Merton. American ones (the quote's style, else
/// <see cref="AmericanPricing.DefaultStyle"/>) first get the European IV; when the early-exercise premium bound at that IV
/// (<see cref="EarlyExercisePremium.UpperBound"/>) is within <see cref="AmericanPricing.PremiumTolerance"/> the European
/// values stand ("american-bsm"), else IV and greeks come from <see cref="AmericanControlVariate"/> ("american-crr").
/// </para>
/// <para>
/// A contract the model cannot price (it throws on its inputs, e.g. a strike that is not positive) gets no IV and no greeks,
/// reason <see cref="ModelFailure.ModelError"/>; the rest of the chain is priced.
/// </para>
/// </remarks>
public static class ChainEnricher
{
    private const double DaysPerYear = 365.0;

    /// <summary>Enriches every contract of <paramref name="chain"/> with the European model, in the chain's order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The chain's spot is not positive and finite.</exception>
    public static IReadOnlyList<EnrichedContract> Enrich(OptionChainSnapshot chain, PricingInputs inputs) => Enrich(chain, inputs, null);

    /// <summary>Enriches every contract of <paramref name="chain"/>, American-style ones with <paramref name="american"/> when given, in the chain's order.</summary>
    /// <exception cref="ArgumentNullException">chain or inputs is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The chain's spot is not positive and finite (every contract would fail).</exception>
    public static IReadOnlyList<EnrichedContract> Enrich(OptionChainSnapshot chain, PricingInputs inputs, AmericanPricing? american)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(inputs);
        if (!double.IsFinite(chain.Spot) || chain.Spot <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(chain), chain.Spot, "The chain's spot must be positive and finite.");
        }

        var result = new EnrichedContract[chain.Contracts.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var quote = chain.Contracts[i];
            try
            {
                result[i] = Enrich(quote, chain.AsOf, chain.Spot, inputs, american);
            }
            catch (Exception ex) when (ModelFailure.IsModelError(ex))
            {
                result[i] = new EnrichedContract(
                    quote, null, ValueSource.None, ModelFailure.ModelError, null, ValueSource.None, quote.Expiration.DayNumber - chain.AsOf.DayNumber);
            }
        }

        return result;
    }

    private static EnrichedContract Enrich(OptionQuote quote, DateOnly asOf, double spot, PricingInputs inputs, AmericanPricing? american)
    {
        var days = quote.Expiration.DayNumber - asOf.DayNumber;
        if (days <= 0)
        {
            return new EnrichedContract(quote, null, ValueSource.None, ImpliedVolatilityFailure.Expired, null, ValueSource.None, days);
        }

        var years = days / DaysPerYear;
        var (r, q) = (inputs.RiskFreeRate, inputs.DividendYield);
        var tree = american is not null && (quote.Style ?? american.DefaultStyle) == ExerciseStyle.American ? american : null;
        var model = tree is null ? PricingModel.BlackScholesMerton : PricingModel.AmericanAsEuropean;
        double? volatility;
        string ivSource;
        string? failure = null;
        if (quote.ImpliedVolatility is { } feedIv && feedIv >= ImpliedVolatilitySolver.MinimumVolatility && double.IsFinite(feedIv))
        {
            volatility = feedIv;
            ivSource = ValueSource.Feed;
            if (tree is not null && NeedsTree(quote, spot, years, inputs, tree, feedIv))
            {
                model = PricingModel.AmericanTree;
            }
        }
        else
        {
            var price = PriceOf(quote);
            var solved = ImpliedVolatilitySolver.Solve(quote.Right, price, spot, quote.Strike, years, r, q);
            if (tree is not null && (solved.Volatility is { } european ? NeedsTree(quote, spot, years, inputs, tree, european) : MayHaveAmericanRoot(solved)))
            {
                solved = AmericanControlVariate.ImpliedVolatility(quote.Right, price, spot, quote.Strike, years, r, q, tree.Steps, solved.Volatility);
                model = PricingModel.AmericanTree;
            }

            volatility = solved.Volatility;
            failure = solved.FailureReason;
            ivSource = volatility is null ? ValueSource.None : ValueSource.Computed;
        }

        if (quote.Greeks is { } feedGreeks)
        {
            return new EnrichedContract(quote, volatility, ivSource, failure, feedGreeks, ValueSource.Feed, days)
            {
                PricingModel = ivSource == ValueSource.Computed ? model : PricingModel.Feed,
            };
        }

        if (volatility is { } sigma)
        {
            var greeks = model == PricingModel.AmericanTree
                ? AmericanControlVariate.Greeks(quote.Right, spot, quote.Strike, years, r, q, sigma, tree!.Steps)
                : BlackScholesMerton.Greeks(quote.Right, spot, quote.Strike, years, r, q, sigma);
            return new EnrichedContract(quote, volatility, ivSource, failure, greeks, ValueSource.Computed, days) { PricingModel = model };
        }

        return new EnrichedContract(quote, null, ivSource, failure, null, ValueSource.None, days);
    }

    /// <summary>True when the premium bound at σ exceeds the tolerance and the tree can take σ.</summary>
    private static bool NeedsTree(OptionQuote quote, double spot, double years, PricingInputs inputs, AmericanPricing tree, double sigma) =>
        sigma >= AmericanBinomial.MinimumVolatility(years, inputs.RiskFreeRate, inputs.DividendYield, tree.Steps)
        && EarlyExercisePremium.UpperBound(quote.Right, spot, quote.Strike, years, inputs.RiskFreeRate, inputs.DividendYield, sigma) > tree.PremiumTolerance;

    /// <summary>
    /// A price above the European upper bound (or out of its bracket) may still have an American IV; one below the European
    /// lower bound is also below the American value at any σ, and "no price" stays so.
    /// </summary>
    private static bool MayHaveAmericanRoot(ImpliedVolatilityResult european) =>
        european.FailureReason is ImpliedVolatilityFailure.PriceAboveUpperBound or ImpliedVolatilityFailure.NoConvergence;

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
