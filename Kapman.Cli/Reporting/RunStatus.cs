using Kapman.Cli.Api;

namespace Kapman.Cli.Reporting;

/// <summary>Reading a pipeline run's status (spec: succeeded when all stages succeeded, failed if any failed, partial if any partial).</summary>
internal static class RunStatus
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Partial = "partial";

    /// <summary>
    /// True once the run will not change: succeeded or failed, or partial with no stage still pending or running,
    /// or any status once <c>finishedAt</c> is set.
    /// </summary>
    public static bool IsFinal(PipelineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.FinishedAt is not null || Is(run.Status, Succeeded) || Is(run.Status, Failed))
        {
            return true;
        }

        return Is(run.Status, Partial) && run.Stages.All(s => !Is(s.Status, "pending") && !Is(s.Status, "running"));
    }

    /// <summary>True for succeeded and partial: the exit-code-0 outcomes of <c>kapman pipeline run</c>.</summary>
    public static bool IsSuccess(string status) => Is(status, Succeeded) || Is(status, Partial);

    private static bool Is(string status, string expected) => string.Equals(status, expected, StringComparison.OrdinalIgnoreCase);
}
