namespace Kapman.TradierStandIn;

/// <summary>An open position in the stand-in: signed contracts and total cost in $ (negative for a short opened for a credit).</summary>
public sealed class StandInPosition
{
    /// <summary>Position id.</summary>
    public required int Id { get; init; }

    /// <summary>OCC symbol without padding.</summary>
    public required string Symbol { get; init; }

    /// <summary>Signed contracts.</summary>
    public decimal Quantity { get; set; }

    /// <summary>Total cost in $.</summary>
    public decimal CostBasis { get; set; }

    /// <summary>When it was opened.</summary>
    public required DateTimeOffset DateAcquired { get; init; }
}
