namespace Kapman.Execution.Core;

/// <summary>
/// The standard US equity option multiplier: one contract is 100 shares. Prices in this core are dollars per share
/// (as quoted); dollar amounts per contract are price × <see cref="SharesPerContract"/>.
/// </summary>
public static class ContractMultiplier
{
    /// <summary>Shares per contract (100).</summary>
    public const int SharesPerContract = 100;
}
