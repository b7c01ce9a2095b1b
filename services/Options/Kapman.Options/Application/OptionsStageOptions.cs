using System.ComponentModel.DataAnnotations;
using Kapman.OptionMath;
using Kapman.Options.Data;

namespace Kapman.Options.Application;

/// <summary>
/// Settings of the options stage, configuration section <c>Kapman:Options</c> (environment <c>Kapman__Options__*</c>), bound and
/// validated at startup: a bad value stops the service with a message naming the key.
/// </summary>
public sealed class OptionsStageOptions
{
    /// <summary>Configuration section of these options.</summary>
    public const string Section = "Kapman:Options";

    /// <summary>Continuously compounded risk-free rate, annual decimal (0.043 = 4.3 %). Default 0.043 (<see cref="PricingInputs.Default"/>).</summary>
    public double RiskFreeRate { get; set; } = PricingInputs.Default.RiskFreeRate;

    /// <summary>Continuous dividend yield of the underlyings, annual decimal. Default 0.012 (<see cref="PricingInputs.Default"/>).</summary>
    public double DividendYield { get; set; } = PricingInputs.Default.DividendYield;

    /// <summary>Dealers are assumed long calls (+1) rather than short (−1) for net GEX, DGPI and the flip. Default true.</summary>
    public bool DealersLongCalls { get; set; } = true;

    /// <summary>Dealers are assumed long puts (+1) rather than short (−1). Default false.</summary>
    public bool DealersLongPuts { get; set; }

    /// <summary>
    /// American-style contracts are priced with the early-exercise premium (<see cref="Core.AmericanPricing"/>); false prices every
    /// contract with Black–Scholes–Merton. Default true.
    /// </summary>
    public bool AmericanPricing { get; set; } = true;

    /// <summary>Style of a contract whose feed gives none: <c>American</c> or <c>European</c>. Default American.</summary>
    public ExerciseStyle DefaultExerciseStyle { get; set; } = Core.AmericanPricing.Default.DefaultStyle;

    /// <summary>CRR tree steps of the early-exercise premium, 2 to <see cref="AmericanBinomial.MaximumSteps"/> when <see cref="AmericanPricing"/> is on. Default 48 (<see cref="AmericanControlVariate.DefaultSteps"/>).</summary>
    public int AmericanTreeSteps { get; set; } = Core.AmericanPricing.Default.Steps;

    /// <summary>$ per share: an American contract whose premium bound is at most this is valued as European; ≥ 0. Default 0.0005.</summary>
    [Range(0, double.MaxValue, ErrorMessage = Section + ":EarlyExerciseTolerance must be ≥ 0.")]
    public double EarlyExerciseTolerance { get; set; } = Core.AmericanPricing.Default.PremiumTolerance;

    /// <summary>Calendar days of contracts kept behind each loaded session; 0 keeps everything. Default <see cref="ContractRetention.DefaultDays"/> (90).</summary>
    [Range(0, int.MaxValue, ErrorMessage = Section + ":ContractRetentionDays must be ≥ 0.")]
    public int ContractRetentionDays { get; set; } = ContractRetention.DefaultDays;

    /// <summary>Underlyings fetched from the Polygon API when they have no snapshot file, comma-separated (e.g. <c>SPY,QQQ</c>). Default none.</summary>
    public string? Watchlist { get; set; }

    /// <summary>Message when <see cref="AmericanTreeSteps"/> is out of range while American pricing is on.</summary>
    public const string TreeStepsMessage = Section + ":AmericanTreeSteps must be in 2..2000 while AmericanPricing is on.";

    /// <summary>True when <see cref="AmericanTreeSteps"/> is usable, or unused because American pricing is off.</summary>
    public bool TreeStepsValid() => !AmericanPricing || AmericanTreeSteps is >= 2 and <= AmericanBinomial.MaximumSteps;

    /// <summary>The watchlist's tickers, upper-case, in the configured order.</summary>
    public IReadOnlyList<string> WatchlistTickers() =>
        (Watchlist ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToUpperInvariant()).ToList();
}
