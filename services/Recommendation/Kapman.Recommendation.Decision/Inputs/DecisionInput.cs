using Kapman.OptionMath;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Decision.Inputs;

/// <summary>Everything one decision reads: the pipeline takes no other input (no clock, no I/O).</summary>
/// <param name="Structure">The structure type the strategy trades.</param>
/// <param name="Now">The evaluation instant.</param>
/// <param name="Chain">The underlying's option chain at <paramref name="Now"/>.</param>
/// <param name="Regime">Regime readings (stage E).</param>
/// <param name="Activity">Underlying volume against its average, or null when unknown (liquidity then fails).</param>
/// <param name="MacroEvents">The configured macro event windows (stage B).</param>
/// <param name="Corporate">The corporate-actions source's answer, or null when the source is missing (stage G).</param>
/// <param name="Pricing">Risk-free rate and dividend yield: the drift r − q of POP and touch, and the model deltas.</param>
/// <param name="Holding">
/// Shares of the underlying held, or null when none are (or none are known): a covered call needs 100 (stage D), and the wheel
/// trades a covered call with them, a cash-secured put without.
/// </param>
public sealed record DecisionInput(
    StructureType Structure,
    DateTimeOffset Now,
    DecisionChain Chain,
    RegimeSnapshot Regime,
    UnderlyingActivity? Activity,
    IReadOnlyList<MacroEvent> MacroEvents,
    CorporateCalendar? Corporate,
    PricingInputs Pricing,
    StockHolding? Holding = null);
