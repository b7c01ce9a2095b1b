namespace Kapman.Execution.Apis;

/// <summary>The body of <c>POST /approvals/{recommendationId}</c>: combo units, or null for the recommended size.</summary>
public sealed record ApproveRequest(int? Quantity);
