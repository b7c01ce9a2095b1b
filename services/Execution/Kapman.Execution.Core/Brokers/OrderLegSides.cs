namespace Kapman.Execution.Core.Brokers;

/// <summary>Properties of <see cref="OrderLegSide"/>.</summary>
public static class OrderLegSides
{
    /// <summary>True for the two closing sides.</summary>
    public static bool IsClosing(this OrderLegSide side) => side is OrderLegSide.BuyToClose or OrderLegSide.SellToClose;

    /// <summary>True for the two buying sides.</summary>
    public static bool IsBuy(this OrderLegSide side) => side is OrderLegSide.BuyToOpen or OrderLegSide.BuyToClose;

    /// <summary>+1 for a buy, −1 for a sell: the sign a fill adds to the position, in contracts.</summary>
    public static int PositionSign(this OrderLegSide side) => side.IsBuy() ? 1 : -1;
}
