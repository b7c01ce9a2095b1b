using Kapman.OptionMath;
using Kapman.Recommendation.Backtest.ModelChain;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>
/// Everything a backtest run depends on besides the history (docs/domain/decision-engine.md#backtesting, seed 003 §5 task 6.2.3
/// <c>BacktestConfig</c>).
/// </summary>
/// <param name="Underlying">Ticker traded, e.g. "SPY".</param>
/// <param name="Structure">Structure type the strategy trades.</param>
/// <param name="From">First session decided (inclusive).</param>
/// <param name="To">Last session (inclusive); positions still open then close at its mark.</param>
/// <param name="Thresholds">The decision thresholds (the live defaults unless configured).</param>
/// <param name="ModelChain">The model-priced chain's parameters.</param>
/// <param name="Pricing">Risk-free rate and dividend yield for pricing, POP and the dividend model. Default r = 0.005, q = 0.019:
/// approximate 2010-2020 averages of the 3-month Treasury bill yield (about 0.5 %, near zero 2010-2015, near 2 % 2018-2019) and
/// SPY's dividend yield (1.8-2.2 %); constant over the run, a documented simplification.</param>
/// <param name="Exits">Exit rules.</param>
/// <param name="InitialCapital">Starting equity, dollars (100,000, seed 003 §5 <c>initial_capital</c>).</param>
/// <param name="RiskPerTradeFraction">Units per entry = max(1, ⌊fraction × equity / max loss per unit⌋) (0.02).</param>
/// <param name="MaxOpenPositions">Positions held at once; no decision is made while at the cap (1).</param>
/// <param name="DecisionMinutesBeforeClose">Decision instant = the session's close minus this (60: 15:00 New York on a full day).</param>
/// <param name="MacroEvents">Macro event windows for stage B (none configured by default: the report says so).</param>
/// <param name="SharpeRiskFreeRate">Annual risk-free rate subtracted in Sharpe and Sortino (0.005, the pricing rate).</param>
public sealed record BacktestSettings(
    string Underlying,
    StructureType Structure,
    DateOnly From,
    DateOnly To,
    DecisionThresholds Thresholds,
    ModelChainSettings ModelChain,
    PricingInputs Pricing,
    BacktestExitRules Exits,
    double InitialCapital,
    double RiskPerTradeFraction,
    int MaxOpenPositions,
    int DecisionMinutesBeforeClose,
    IReadOnlyList<MacroEvent> MacroEvents,
    double SharpeRiskFreeRate)
{
    /// <summary>The defaults above for one underlying, structure and date range.</summary>
    public static BacktestSettings Default(string underlying, StructureType structure, DateOnly from, DateOnly to) => new(
        underlying, structure, from, to, DecisionThresholds.Default, new ModelChainSettings(), new PricingInputs(0.005, 0.019),
        new BacktestExitRules(), 100_000d, 0.02, 1, 60, [], 0.005);

    /// <summary>
    /// The thresholds the pipeline runs with: <see cref="Thresholds"/> with stage C's option volume and open interest minimums at 0,
    /// because a model-priced chain has no recorded activity (its contracts carry volume 0 and open interest
    /// <see cref="ModelChainBuilder.ListedOpenInterest"/>). Spread / mid, quote age and the underlying's volume still apply.
    /// </summary>
    public DecisionThresholds EffectiveThresholds => Thresholds with
    {
        Liquidity = Thresholds.Liquidity with { MinOptionVolume = 0, MinOpenInterest = 0 },
    };

    /// <summary>
    /// True (the default) to use <see cref="ModelDividendCalendar"/> as the corporate-events source; false for no source, as the live
    /// daily run has none: stage G then fails closed for credit structures (seed 003 §11 R9).
    /// </summary>
    public bool ModelDividends { get; init; } = true;

    /// <summary>
    /// The thresholds of one session: <see cref="Thresholds"/> as configured on a stored chain (it has real volume and open
    /// interest), <see cref="EffectiveThresholds"/> on a model-priced one.
    /// </summary>
    public DecisionThresholds ThresholdsFor(bool storedChain) => storedChain ? Thresholds : EffectiveThresholds;
}
