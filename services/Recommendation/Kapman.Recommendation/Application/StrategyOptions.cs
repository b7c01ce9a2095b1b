using System.ComponentModel.DataAnnotations;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Application;

/// <summary>
/// Section <c>Kapman:Recommendation:Strategy</c>: the tuning of the strategy engine (<see cref="StrategyParameters"/>). Every
/// key is optional; a missing one keeps <see cref="StrategyParameters.Default"/>'s value. An invalid value stops the service at start.
/// </summary>
public sealed class StrategyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Recommendation:Strategy";

    /// <summary>The message when a DTE window is invalid.</summary>
    public const string WindowsMessage = Section + ": LongWindow, CspWindow and VerticalWindow need 0 <= Min <= Max (calendar days).";

    /// <summary>The message when a delta band is invalid.</summary>
    public const string BandsMessage = Section + ": LongDelta, CspDelta, VerticalShortDelta and CreditWingDelta need 0 <= Min <= Target <= Max <= 1.";

    private static readonly StrategyParameters Defaults = StrategyParameters.Default;

    /// <summary>Long call / put DTE window, days; default 30-90.</summary>
    public DteWindowOptions LongWindow { get; set; } = DteWindowOptions.From(Defaults.LongWindow);

    /// <summary>Cash-secured put DTE window, days; default 30-45.</summary>
    public DteWindowOptions CspWindow { get; set; } = DteWindowOptions.From(Defaults.CspWindow);

    /// <summary>Vertical spread DTE window, days; default 30-60.</summary>
    public DteWindowOptions VerticalWindow { get; set; } = DteWindowOptions.From(Defaults.VerticalWindow);

    /// <summary>Long call / put and the debit vertical's bought leg; default 0.40 / 0.50 / 0.60.</summary>
    public DeltaBandOptions LongDelta { get; set; } = DeltaBandOptions.From(Defaults.LongDelta);

    /// <summary>The cash-secured put's sold put; default 0.20 / 0.25 / 0.30.</summary>
    public DeltaBandOptions CspDelta { get; set; } = DeltaBandOptions.From(Defaults.CspDelta);

    /// <summary>The verticals' sold leg; default 0.20 / 0.30 / 0.40.</summary>
    public DeltaBandOptions VerticalShortDelta { get; set; } = DeltaBandOptions.From(Defaults.VerticalShortDelta);

    /// <summary>The credit vertical's bought (protective) leg; default 0.05 / 0.15 / 0.25.</summary>
    public DeltaBandOptions CreditWingDelta { get; set; } = DeltaBandOptions.From(Defaults.CreditWingDelta);

    /// <summary>Liquidity: largest (ask − bid) / mid, a fraction above 0 (0.25 = 25 %, the default), at most 2.</summary>
    [Range(0.0, 2.0, MinimumIsExclusive = true, ErrorMessage = Section + ":MaxSpreadFractionOfMid must be above 0 and at most 2.")]
    public double MaxSpreadFractionOfMid { get; set; } = Defaults.MaxSpreadFractionOfMid;

    /// <summary>Liquidity: smallest open interest, contracts, ≥ 0; default 1.</summary>
    [Range(0, long.MaxValue, ErrorMessage = Section + ":MinOpenInterest must be 0 or more.")]
    public long MinOpenInterest { get; set; } = Defaults.MinOpenInterest;

    /// <summary>Underlying profit target distance from spot, a fraction above 0 (default 0.10 = 10 %), at most 10.</summary>
    [Range(0.0, 10.0, MinimumIsExclusive = true, ErrorMessage = Section + ":UnderlyingTargetFraction must be above 0 and at most 10.")]
    public double UnderlyingTargetFraction { get; set; } = Defaults.UnderlyingTargetFraction;

    /// <summary>Underlying stop distance from spot, a fraction above 0 and below 1 (default 0.05 = 5 %).</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true, ErrorMessage = Section + ":UnderlyingStopFraction must be above 0 and below 1.")]
    public double UnderlyingStopFraction { get; set; } = Defaults.UnderlyingStopFraction;

    /// <summary>Option profit target as a fraction of the entry premium, above 0 (default 0.50), at most 10.</summary>
    [Range(0.0, 10.0, MinimumIsExclusive = true, ErrorMessage = Section + ":PremiumTargetFraction must be above 0 and at most 10.")]
    public double PremiumTargetFraction { get; set; } = Defaults.PremiumTargetFraction;

    /// <summary>Option stop as a fraction of the entry premium, above 0 and at most 1 (default 0.50).</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true, ErrorMessage = Section + ":PremiumStopFraction must be above 0 and at most 1.")]
    public double PremiumStopFraction { get; set; } = Defaults.PremiumStopFraction;

    /// <summary>Confidence of a trade triggered by an event alone, 0..1; default 0.60.</summary>
    [Range(0.0, 1.0, ErrorMessage = Section + ":EventConfidence must be between 0 and 1.")]
    public double EventConfidence { get; set; } = Defaults.EventConfidence;

    /// <summary>Written into every decision; default <c>recommendation-2.1.0</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = Section + ":ModelVersion must not be empty.")]
    public string ModelVersion { get; set; } = Defaults.ModelVersion;

    /// <summary>True when every DTE window is valid.</summary>
    public bool WindowsAreValid => LongWindow.IsValid && CspWindow.IsValid && VerticalWindow.IsValid;

    /// <summary>True when every delta band is valid.</summary>
    public bool BandsAreValid => LongDelta.IsValid && CspDelta.IsValid && VerticalShortDelta.IsValid && CreditWingDelta.IsValid;

    /// <summary>The engine's parameters.</summary>
    public StrategyParameters ToParameters() => new(
        LongWindow.ToWindow(), CspWindow.ToWindow(), VerticalWindow.ToWindow(),
        LongDelta.ToBand(), CspDelta.ToBand(), VerticalShortDelta.ToBand(), CreditWingDelta.ToBand(),
        MaxSpreadFractionOfMid, MinOpenInterest, UnderlyingTargetFraction, UnderlyingStopFraction, PremiumTargetFraction, PremiumStopFraction,
        EventConfidence, ModelVersion);
}
