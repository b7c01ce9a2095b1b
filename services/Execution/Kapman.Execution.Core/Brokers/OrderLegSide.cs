namespace Kapman.Execution.Core.Brokers;

/// <summary>The side of one option leg, with its position effect (Tradier <c>side[i]</c>: buy_to_open, sell_to_open, buy_to_close, sell_to_close).</summary>
public enum OrderLegSide
{
    /// <summary>Buy to open a long position.</summary>
    BuyToOpen,

    /// <summary>Sell to open a short position.</summary>
    SellToOpen,

    /// <summary>Buy to close a short position.</summary>
    BuyToClose,

    /// <summary>Sell to close a long position.</summary>
    SellToClose,
}
