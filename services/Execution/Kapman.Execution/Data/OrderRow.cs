namespace Kapman.Execution.Data;

/// <summary>
/// A row of <c>orders</c> with its legs: a combo limit order. Prices are $ per share magnitudes read with <see cref="PriceType"/>
/// (<c>DEBIT</c> or <c>CREDIT</c>); <see cref="LimitPrice"/> is the limit of the step now resting; times UTC.
/// </summary>
public sealed class OrderRow
{
    public Guid Id { get; init; }

    public Guid? RecommendationId { get; init; }

    /// <summary><c>ENTRY</c>, <c>CLOSE</c> or <c>FLATTEN</c>.</summary>
    public string Purpose { get; init; } = "";

    public string GroupId { get; init; } = "";

    public Guid RunId { get; init; }

    public DateOnly SessionDate { get; init; }

    public string Ticker { get; init; } = "";

    public string Strategy { get; init; } = "";

    /// <summary><c>PAPER</c>, <c>SHADOW</c> or <c>LIVE</c>.</summary>
    public string Mode { get; init; } = "";

    public bool Simulated { get; init; }

    /// <summary>The broker's name: <c>paper</c> or <c>tradier</c>.</summary>
    public string Broker { get; init; } = "";

    public string PriceType { get; init; } = "";

    /// <summary>Combo units.</summary>
    public int Quantity { get; init; }

    public decimal LimitPrice { get; init; }

    public decimal StartPrice { get; init; }

    public decimal WorstPrice { get; init; }

    public decimal Step { get; init; }

    public int StepIntervalMs { get; init; }

    public int MaxDurationMs { get; init; }

    /// <summary>new, working, partially_filled, filled, cancelled, rejected or expired.</summary>
    public string State { get; init; } = "";

    public int FilledQuantity { get; init; }

    public decimal? AverageFillPrice { get; init; }

    /// <summary>Why a cancel was asked (operator, kill switch), or null.</summary>
    public string? CancelRequested { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    /// <summary>The legs in order.</summary>
    public IReadOnlyList<OrderLegRow> Legs { get; set; } = [];
}
