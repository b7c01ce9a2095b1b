namespace Kapman.Recommendation.Decision.Inputs;

/// <summary>
/// Shares of the underlying held in the account: what a covered call sells calls against and what decides the wheel's mode
/// (docs/domain/decision-engine.md#f-structure-selection, seed 003 Appendix H, §1 "Wheel strategy (CSP→CC dual mode)").
/// </summary>
/// <param name="Shares">Shares held (long); one covered call needs 100.</param>
public sealed record StockHolding(long Shares)
{
    /// <summary>Shares one covered call sells against: the contract multiplier.</summary>
    public const long SharesPerContract = 100;

    /// <summary>True when at least one call can be covered.</summary>
    public bool CoversOneCall => Shares >= SharesPerContract;
}
