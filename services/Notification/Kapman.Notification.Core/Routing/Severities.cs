namespace Kapman.Notification.Core.Routing;

/// <summary>Alert severities of seed 003 §4 task 5.2.1 (<c>AlertSeverity</c>): info, warning, critical.</summary>
public static class Severities
{
    /// <summary>For the record: a trade opened or closed, a summary.</summary>
    public const string Info = "info";

    /// <summary>Needs attention soon: a daily loss threshold, a reduce signal.</summary>
    public const string Warning = "warning";

    /// <summary>Needs an operator now: the kill switch, a reconciliation mismatch.</summary>
    public const string Critical = "critical";

    /// <summary>Every severity, lowest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Info, Warning, Critical];
}
