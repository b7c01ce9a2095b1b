using System.ComponentModel.DataAnnotations;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// Retention of a service's daily snapshots, bound from <c>Kapman:&lt;Service&gt;:Retention</c> (seed 000 §5.6: daily snapshots 2 years),
/// applied by the weekly run relative to its session date.
/// </summary>
public sealed class SnapshotRetentionOptions
{
    /// <summary>Snapshots dated before the weekly run's session minus this many years are deleted, 1-50 (default 2).</summary>
    [Range(1, 50)]
    public int SnapshotYears { get; set; } = 2;

    /// <summary>Rows deleted per statement, 1-100000 (default 5000).</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 5000;
}
