namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// Outbox housekeeping (configuration section <c>Kapman:Outbox</c>, e.g. <c>Kapman__Outbox__RetentionDays</c>), validated at
/// startup. The outbox is also the event log that replay reads (<c>POST /replay</c> of the producing service, which <c>kapman replay</c> and the Ops page call), so a
/// published row deleted here can no longer be replayed: the default keeps about three years, longer than the 730
/// sessions of bars ingestion keeps (replaying a session whose bars are gone recomputes nothing useful). Lower it only
/// when the table's size matters more than replaying old sessions; 0 keeps every row.
/// </summary>
public sealed class OutboxOptions
{
    /// <summary>Configuration section of these options.</summary>
    public const string Section = "Kapman:Outbox";

    /// <summary>Longest retention accepted, days (100 years).</summary>
    public const int MaxRetentionDays = 36_600;

    /// <summary>Days a published row is kept after it was published; 0 keeps every row. Default 1100.</summary>
    public int RetentionDays { get; set; } = 1100;

    /// <summary>Minutes between two prune passes, 1 to 1440. Default 60.</summary>
    public int PruneIntervalMinutes { get; set; } = 60;

    /// <summary>What is wrong with these values, or null when they are valid.</summary>
    public string? Validate() =>
        RetentionDays is < 0 or > MaxRetentionDays ? $"{Section}:RetentionDays must be 0 (keep all) to {MaxRetentionDays}, not {RetentionDays}."
        : PruneIntervalMinutes is < 1 or > 1440 ? $"{Section}:PruneIntervalMinutes must be 1 to 1440, not {PruneIntervalMinutes}."
        : null;
}
