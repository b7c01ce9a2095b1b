namespace Kapman.TradierStandIn;

/// <summary>An order the stand-in accepted.</summary>
public sealed class StandInOrder
{
    /// <summary>The order id.</summary>
    public required int Id { get; init; }

    /// <summary><c>option</c> or <c>multileg</c>.</summary>
    public required string Class { get; init; }

    /// <summary>The underlying ticker.</summary>
    public required string Symbol { get; init; }

    /// <summary>limit, market, debit, credit or even.</summary>
    public required string Type { get; init; }

    /// <summary>day, gtc, pre or post.</summary>
    public required string Duration { get; init; }

    /// <summary>The limit in $ per share (net for multileg), or null for market and even.</summary>
    public decimal? Price { get; init; }

    /// <summary>The client tag, or null.</summary>
    public string? Tag { get; init; }

    /// <summary>The legs (one for <c>option</c>).</summary>
    public required IReadOnlyList<StandInLeg> Legs { get; init; }

    /// <summary>open, filled or canceled.</summary>
    public string Status { get; set; } = "open";

    /// <summary>When it was received.</summary>
    public required DateTimeOffset CreateDate { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset TransactionDate { get; set; }

    /// <summary>The order-level fill in $ per share (net for multileg), 0 before the fill.</summary>
    public decimal AvgFillPrice { get; set; }

    /// <summary>Order-level quantity: the first leg's (Tradier reports the order's quantity so).</summary>
    public int Quantity => Legs[0].Quantity;

    /// <summary>True once filled.</summary>
    public bool IsFilled => Status == "filled";
}
