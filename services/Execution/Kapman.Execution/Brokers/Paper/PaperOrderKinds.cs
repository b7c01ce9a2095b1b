namespace Kapman.Execution.Brokers.Paper;

/// <summary>The order classes and types the paper broker stores, in Tradier's words (so both brokers' orders read alike).</summary>
public static class PaperOrderKinds
{
    /// <summary>A multi-leg order.</summary>
    public const string Multileg = "multileg";

    /// <summary>A single-leg option order.</summary>
    public const string Option = "option";

    /// <summary>A close of a position group.</summary>
    public const string Combo = "combo";

    /// <summary>A market order (the emergency close only).</summary>
    public const string Market = "market";

    /// <summary>A single-leg limit.</summary>
    public const string Limit = "limit";
}
