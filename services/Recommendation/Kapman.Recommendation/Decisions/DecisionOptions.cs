using System.ComponentModel.DataAnnotations;
using Kapman.OptionMath;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Decisions;

/// <summary>
/// Section <c>Kapman:Recommendation:Decision</c>: the decision core in the daily run (docs/domain/decision-engine.md#the-daily-run).
/// Every key is optional. The stage thresholds bind from its sub-sections <c>Universe</c>, <c>Liquidity</c>, <c>Dte</c>,
/// <c>Regime</c>, <c>Structure</c>, <c>Guard</c>, <c>Friction</c> and <c>Execution</c> (<see cref="DecisionThresholdsBinder"/>), each
/// key keeping the core's default when missing. An invalid value stops the service at start.
/// </summary>
public sealed class DecisionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Recommendation:Decision";

    /// <summary>The message when a structure code is unknown.</summary>
    public const string StructuresMessage = Section + ":Structures must list iron_condor, credit_put_spread, credit_call_spread, iron_fly (alias iron_butterfly), butterfly, cash_secured_put, covered_call or wheel.";

    /// <summary>
    /// The structures decided when <see cref="Structures"/> lists none: the condor and the two credit spreads, the daily run's
    /// list before the other Appendix H types were built (the seed names no default). The live run has no stock-holding source,
    /// so a covered call would never be eligible and the wheel would always trade a cash-secured put.
    /// </summary>
    public static IReadOnlyList<StructureType> DefaultStructures { get; } = [StructureType.IronCondor, StructureType.CreditPutSpread, StructureType.CreditCallSpread];

    /// <summary>False to skip the decision core in the daily run (the Wyckoff-driven recommendations still run); default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Structure codes decided for every underlying with a stored chain (seed 003 Appendix H: <c>iron_condor</c>,
    /// <c>credit_put_spread</c>, <c>credit_call_spread</c>, <c>iron_fly</c> or its alias <c>iron_butterfly</c>, <c>butterfly</c>,
    /// <c>cash_secured_put</c>, <c>covered_call</c>, <c>wheel</c>); none listed = <see cref="DefaultStructures"/>. (No default
    /// array: the configuration binder appends to one.)
    /// </summary>
    public string[]? Structures { get; set; }

    /// <summary>Decision instant = the session's close minus this many minutes (60: 15:00 New York on a full day, as the backtester).</summary>
    [Range(31, 390, ErrorMessage = Section + ":DecisionMinutesBeforeClose must be 31-390 (stage H refuses the last 30 minutes).")]
    public int DecisionMinutesBeforeClose { get; set; } = 60;

    /// <summary>Risk-free rate for POP, touch and model deltas, annual decimal; default 0.043 (<see cref="PricingInputs.Default"/>).</summary>
    [Range(-0.05, 0.25, ErrorMessage = Section + ":RiskFreeRate must be between -0.05 and 0.25.")]
    public double RiskFreeRate { get; set; } = PricingInputs.Default.RiskFreeRate;

    /// <summary>Dividend yield, annual decimal; default 0.012 (<see cref="PricingInputs.Default"/>).</summary>
    [Range(0.0, 0.25, ErrorMessage = Section + ":DividendYield must be between 0 and 0.25.")]
    public double DividendYield { get; set; } = PricingInputs.Default.DividendYield;

    /// <summary>
    /// Folder of the CBOE index histories <c>VIX_History.csv</c> and <c>VIX3M_History.csv</c> (<c>DATE,OPEN,HIGH,LOW,CLOSE</c>); default
    /// <c>&lt;Kapman:Data:Root&gt;/volatility</c>. A missing file leaves VIX or VIX3M missing, and stage E fails closed.
    /// </summary>
    public string? VolatilityDirectory { get; set; }

    /// <summary>True when every structure code is known.</summary>
    public bool StructuresAreValid => (Structures ?? []).All(s => StructureCodes.TryParse(s, out _));

    /// <summary>The structure types to decide.</summary>
    public IReadOnlyList<StructureType> StructureTypes() => Structures is not { Length: > 0 } codes
        ? DefaultStructures
        : codes.Select(s => StructureCodes.TryParse(s, out var type) ? type : throw new InvalidOperationException(StructuresMessage)).Distinct().ToList();

    /// <summary>The pricing inputs.</summary>
    public PricingInputs Pricing() => new(RiskFreeRate, DividendYield);
}
