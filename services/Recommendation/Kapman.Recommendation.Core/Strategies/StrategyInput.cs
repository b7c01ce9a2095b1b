namespace Kapman.Recommendation.Core.Strategies;

/// <summary>What the strategy engine knows about one ticker on one session.</summary>
/// <param name="Ticker">Underlying ticker.</param>
/// <param name="SessionDate">Session (the chain's as-of date).</param>
/// <param name="Spot">Underlying price, $ per share, positive and finite.</param>
/// <param name="BcScore">Buying-climax score 0-28 (docs/domain/wyckoff-scores.md#bc-score, seed 000 §11.2).</param>
/// <param name="SpringScore">Spring score 0-12 (docs/domain/wyckoff-scores.md#spring-score, seed 000 §11.3).</param>
/// <param name="AlertKind">"BC_EXIT", "SPRING_ENTRY" or null.</param>
/// <param name="Phase">Wyckoff phase, or <see cref="WyckoffPhase.Unknown"/>.</param>
/// <param name="Events">Event codes detected on the session (docs/domain/wyckoff-events-and-phases.md#event-list, seed 000 §5.2: SC, AR, ST, SPRING, TEST, SOS, BC, SOW).</param>
/// <param name="TradeSignal">
/// The Wyckoff snapshot's docs/domain/wyckoff-scores.md#trade-signals (seed 001 §17.2) trade signal (EXIT_IMMEDIATELY, PREPARE_EXIT, REDUCE, STRONG_ENTRY, ENTRY_SETUP) or null.
/// </param>
public sealed record StrategyInput(
    string Ticker,
    DateOnly SessionDate,
    double Spot,
    int BcScore,
    int SpringScore,
    string? AlertKind,
    WyckoffPhase Phase,
    IReadOnlyList<string> Events,
    string? TradeSignal = null);
