using System.ComponentModel.DataAnnotations;

namespace Kapman.Execution.DailyPnl;

/// <summary>
/// Section <c>Kapman:Execution:DailyPnl</c>: when the daily P&amp;L summary is published (seed 003 §4 task 5.2: "at market close (4:15 PM
/// ET)"). A value out of range stops the service at start.
/// </summary>
public sealed class DailyPnlOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Execution:DailyPnl";

    /// <summary>Whether the summary is published (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>New York wall time from which the session's summary is due, weekdays (default 16:15, the seed's).</summary>
    public TimeOnly ReportTime { get; set; } = new(16, 15);

    /// <summary>
    /// Minutes after <see cref="ReportTime"/> to wait for the session's close chain (every open holding quoted on the session) before
    /// reporting with older marks, 0-720 (default 120); the summary says which date its marks are from.
    /// </summary>
    [Range(0, 720, ErrorMessage = Section + ":MarkWaitMinutes must be 0-720.")]
    public int MarkWaitMinutes { get; set; } = 120;

    /// <summary>Seconds between checks, 5-3600 (default 60).</summary>
    [Range(5, 3600, ErrorMessage = Section + ":CheckIntervalSeconds must be 5-3600.")]
    public int CheckIntervalSeconds { get; set; } = 60;
}
