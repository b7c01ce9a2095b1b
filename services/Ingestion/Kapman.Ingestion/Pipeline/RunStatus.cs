using Kapman.Contracts;

namespace Kapman.Ingestion.Pipeline;

/// <summary>A run's status from its stages' statuses.</summary>
public static class RunStatus
{
    /// <summary>
    /// failed as soon as any stage failed: a stage is marked failed only when its outcome says so or its message was
    /// parked in <c>_error</c> after every retry, and either way the run cannot finish without an operator (a stage
    /// still running beside it, such as a join waiting for the failed stage's output, would keep it open forever).
    /// Otherwise running while any stage runs or is pending; partial when all finished and any was partial; else succeeded.
    /// </summary>
    public static string Of(IReadOnlyCollection<string> stageStatuses)
    {
        if (stageStatuses.Contains(StageStatuses.Failed))
        {
            return StageStatuses.Failed;
        }

        if (stageStatuses.Contains(StageStatuses.Running) || stageStatuses.Contains(StageStatuses.Pending))
        {
            return StageStatuses.Running;
        }

        return stageStatuses.Contains(StageStatuses.Partial) ? StageStatuses.Partial : StageStatuses.Succeeded;
    }
}
