namespace Kapman.Web.Clients;

/// <summary>The answer of <c>POST /approvals/{recommendationId}</c> (202 first time, 200 with the same id after).</summary>
/// <param name="OrderId">The order placed for the recommendation.</param>
public sealed record ApprovalResult(Guid OrderId);
