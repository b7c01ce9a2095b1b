using Kapman.Contracts;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>How a pipeline stage ended: a <see cref="StageStatuses"/> value, the items it handled and any error.</summary>
public sealed record StageOutcome(string Status, int Count, string? Error = null)
{
    /// <summary>The stage finished with every item handled.</summary>
    public static StageOutcome Succeeded(int count) => new(StageStatuses.Succeeded, count);
}
