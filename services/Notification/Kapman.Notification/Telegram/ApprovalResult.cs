namespace Kapman.Notification.Telegram;

/// <summary>What execution answered to an approval: the order's id, or why there is none.</summary>
/// <param name="OrderId">The paper order execution placed (or had placed for an earlier approval); null on failure.</param>
/// <param name="Error">Status and detail of a refusal or failure; null on success.</param>
public sealed record ApprovalResult(Guid? OrderId, string? Error);
