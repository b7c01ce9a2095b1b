namespace Kapman.Execution.Data;

/// <summary>
/// A row of <c>approvals</c>: a recommendation received through <c>RecommendationIssued</c> v2. <see cref="Legs"/> is the event's
/// legs as JSON; <see cref="LimitPrice"/> the net limit in $ per share (+ debit, − credit); <see cref="Contracts"/> the suggested combo units.
/// </summary>
public sealed class ApprovalRow
{
    public Guid RecommendationId { get; init; }

    public Guid RunId { get; init; }

    public DateOnly SessionDate { get; init; }

    public string Ticker { get; init; } = "";

    public string Strategy { get; init; } = "";

    public string Legs { get; init; } = "[]";

    public decimal LimitPrice { get; init; }

    public int Contracts { get; init; }

    public DateOnly? Expiration { get; init; }

    public int? Dte { get; init; }

    /// <summary>PENDING, APPROVED or REJECTED.</summary>
    public string Status { get; init; } = "PENDING";

    public Guid? OrderId { get; init; }

    public DateTime ReceivedAt { get; init; }
}
