using Kapman.Contracts;

namespace Kapman.Ingestion.Pipeline;

/// <summary>A run's status from its stages' statuses.</summary>
public static class RunStatus
{
    /// <summary>
    /// running while any stage runs; failed once a stage failed and nothing runs; running while stages are
    /// still pending; partial when all finished and any was partial; else succeeded.
    /// </summary>
    public static string Of(IReadOnlyCollection<string> stageStatuses)
    {
        if (stageStatuses.Contains(StageStatuses.Running))
        {
            return StageStatuses.Running;
        }

        if (stageStatuses.Contains(StageStatuses.Failed))
        {
            return StageStatuses.Failed;
        }

        if (stageStatuses.Contains(StageStatuses.Pending))
        {
            return StageStatuses.Running;
        }

        return stageStatuses.Contains(StageStatuses.Partial) ? StageStatuses.Partial : StageStatuses.Succeeded;
    }
}
