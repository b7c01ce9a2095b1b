namespace Kapman.Contracts;

/// <summary>States of a pipeline stage and of a whole run.</summary>
public static class StageStatuses
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    /// <summary>Finished, but some items were skipped or rejected.</summary>
    public const string Partial = "partial";

    /// <summary>True for a state a stage does not leave.</summary>
    public static bool IsFinal(string status) => status is Succeeded or Failed or Partial;
}
