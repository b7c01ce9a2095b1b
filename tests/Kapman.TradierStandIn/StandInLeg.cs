namespace Kapman.TradierStandIn;

/// <summary>One option leg of an order in the stand-in.</summary>
public sealed class StandInLeg
{
    /// <summary>OCC symbol without padding.</summary>
    public required string OptionSymbol { get; init; }

    /// <summary>buy_to_open, sell_to_open, buy_to_close or sell_to_close.</summary>
    public required string Side { get; init; }

    /// <summary>Contracts ordered.</summary>
    public required int Quantity { get; init; }

    /// <summary>Contracts filled.</summary>
    public int ExecQuantity { get; set; }

    /// <summary>Fill price in $ per share, 0 before the fill.</summary>
    public decimal AvgFillPrice { get; set; }

    /// <summary>True for the buy sides.</summary>
    public bool IsBuy => Side.StartsWith("buy", StringComparison.Ordinal);

    /// <summary>True for the closing sides.</summary>
    public bool IsClose => Side.EndsWith("_to_close", StringComparison.Ordinal);
}
