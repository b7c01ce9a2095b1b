namespace Kapman.Contracts;

/// <summary>
/// Execution needs an operator: reconciliation found a difference it cannot explain and put the kill switch in safe mode, or a
/// hard-stop flatten could not price a position. Not part of a pipeline run: <see cref="RunId"/> is <see cref="Guid.Empty"/>.
/// </summary>
/// <param name="Kind"><c>RECONCILIATION_MISMATCH</c> or <c>FLATTEN_BLOCKED</c>.</param>
/// <param name="Summary">One line for the subject.</param>
/// <param name="Details">Each difference or blocked group, one per item.</param>
/// <param name="At">When it was raised.</param>
public sealed record ExecutionAlertRaised(
    Guid RunId, DateOnly SessionDate, string Kind, string Summary, IReadOnlyList<string> Details, DateTimeOffset At, int SchemaVersion = 1) : IIntegrationEvent;
