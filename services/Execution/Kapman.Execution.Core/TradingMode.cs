namespace Kapman.Execution.Core;

/// <summary>Which broker orders go to.</summary>
public enum TradingMode
{
    /// <summary>The simulated paper broker: the default.</summary>
    Paper,

    /// <summary>A real broker account.</summary>
    Live,
}
