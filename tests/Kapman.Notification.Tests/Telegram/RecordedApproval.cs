namespace Kapman.Notification.Tests.Telegram;

/// <summary>One request the recording execution endpoint received.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path, e.g. <c>/api/execution/approvals/{id}</c>.</param>
/// <param name="ApiKey">The <c>X-Api-Key</c> header, if any.</param>
/// <param name="Body">The request body.</param>
public sealed record RecordedApproval(string Method, string Path, string? ApiKey, string Body);
