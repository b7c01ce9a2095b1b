using Kapman.OptionMath;

namespace Kapman.Options.Core;

/// <summary>Values of <see cref="EnrichedContract.PricingModel"/>: the model behind a contract's computed IV and greeks.</summary>
public static class PricingModel
{
    /// <summary>IV and greeks both taken from the feed.</summary>
    public const string Feed = "feed";

    /// <summary>European Black–Scholes–Merton (<see cref="BlackScholesMerton"/>, <see cref="ImpliedVolatilitySolver"/>).</summary>
    public const string BlackScholesMerton = "bsm";

    /// <summary>
    /// American contract whose early-exercise premium is provably below <see cref="AmericanPricing.PremiumTolerance"/>
    /// (<see cref="EarlyExercisePremium.UpperBound"/>), so valued with Black–Scholes–Merton.
    /// </summary>
    public const string AmericanAsEuropean = "american-bsm";

    /// <summary>American contract valued with <see cref="AmericanControlVariate"/> (BSM + CRR early-exercise premium).</summary>
    public const string AmericanTree = "american-crr";
}
