namespace Kapman.Execution.Core.Orders;

/// <summary>Whether a leg opens a new position or closes an existing one (buy_to_open, sell_to_close, ...).</summary>
public enum PositionEffect
{
    /// <summary>Opens or adds to a position.</summary>
    Open,

    /// <summary>Closes or reduces a position.</summary>
    Close,
}
