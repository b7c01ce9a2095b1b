namespace Kapman.Cli.History;

/// <summary>The result of <see cref="HistoryDriver"/>: each service's last status, the client's wall time, and the error that stopped it (null on success).</summary>
internal sealed record HistoryOutcome(IReadOnlyList<HistoryJobStatus> Jobs, TimeSpan WallTime, string? Error)
{
    /// <summary>True when every service's job succeeded.</summary>
    public bool Succeeded => Error is null;
}
