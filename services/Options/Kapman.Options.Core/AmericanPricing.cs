using Kapman.OptionMath;

namespace Kapman.Options.Core;

/// <summary>How the live stage prices American-style contracts (<see cref="ChainEnricher"/>).</summary>
/// <param name="DefaultStyle">Style of a contract whose feed gives none (listed U.S. equity and ETF options are American).</param>
/// <param name="Steps">CRR steps N of the early-exercise premium (<see cref="AmericanControlVariate.DefaultSteps"/>), 2..2000.</param>
/// <param name="PremiumTolerance">
/// $ per share: an American contract whose premium bound (<see cref="EarlyExercisePremium.UpperBound"/>, at the European IV) is at
/// most this is valued as European (<see cref="PricingModel.AmericanAsEuropean"/>); default $0.0005, a twentieth of the $0.01 tick.
/// </param>
public sealed record AmericanPricing(ExerciseStyle DefaultStyle, int Steps, double PremiumTolerance)
{
    /// <summary>American by default, <see cref="AmericanControlVariate.DefaultSteps"/> steps, $0.0005 tolerance.</summary>
    public static AmericanPricing Default { get; } = new(ExerciseStyle.American, AmericanControlVariate.DefaultSteps, 0.0005);
}
