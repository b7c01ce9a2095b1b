namespace Kapman.Execution.Apis;

/// <summary>
/// A recommendation execution knows of (<c>GET /approvals</c>): net <paramref name="LimitPrice"/> in $ per share, positive for a debit;
/// status PENDING, APPROVED or REJECTED; the order once approved.
/// </summary>
public sealed record ApprovalDto(
    Guid RecommendationId, DateOnly SessionDate, string Ticker, string Strategy, IReadOnlyList<ApprovalLegDto> Legs, decimal LimitPrice, string Status, Guid? OrderId);
