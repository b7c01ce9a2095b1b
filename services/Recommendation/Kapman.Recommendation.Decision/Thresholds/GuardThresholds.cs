namespace Kapman.Recommendation.Decision.Thresholds;

/// <summary>
/// Stage G (docs/domain/decision-engine.md#g-corporate-guard-and-ev, seed 003 §2.5 stage G, §2.6, §11 R9, Appendix C).
/// </summary>
/// <param name="EarningsBufferDays">Earnings from today through expiration + this many days block the trade (1).</param>
/// <param name="MinEvNetUsd">EV_net must exceed this, dollars per structure (0: EV_net &gt; 0, seed G3).</param>
/// <param name="MaxProbabilityOfTouch">Each sold strike's probability of touch before expiry must not exceed this (0.5; the project's).</param>
/// <param name="MaxGammaLossOnePercentUsd">Loss of a 1 % underlying move from gamma alone, 0.5·|Γ|·(0.01 S)²·100, must not exceed this, dollars per structure (30; the project's).</param>
public sealed record GuardThresholds(
    int EarningsBufferDays = 1,
    double MinEvNetUsd = 0d,
    double MaxProbabilityOfTouch = 0.5,
    double MaxGammaLossOnePercentUsd = 30d);
