namespace Kapman.Web.Clients;

/// <summary>
/// A recommendation execution knows of, from the RecommendationIssued v2 event it stores (execution API
/// <c>GET /approvals</c>).
/// </summary>
/// <param name="RecommendationId">The recommendation (links to its detail page).</param>
/// <param name="SessionDate">Session it was issued for.</param>
/// <param name="Ticker">Underlying.</param>
/// <param name="Strategy">Strategy, e.g. LONG_CALL or BULL_CALL_SPREAD.</param>
/// <param name="Legs">The combo's legs.</param>
/// <param name="LimitPrice">Net limit in dollars per share, positive for a debit.</param>
/// <param name="Status"><see cref="Pending"/>, APPROVED or REJECTED.</param>
/// <param name="OrderId">The order placed on approval, once approved.</param>
public sealed record Approval(
    Guid RecommendationId,
    DateOnly SessionDate,
    string Ticker,
    string Strategy,
    IReadOnlyList<ApprovalLeg> Legs,
    decimal LimitPrice,
    string Status,
    Guid? OrderId)
{
    /// <summary>Awaiting the operator.</summary>
    public const string Pending = "PENDING";

    /// <summary>True while the operator may approve it.</summary>
    public bool IsPending => string.Equals(Status, Pending, StringComparison.Ordinal);
}
