using System.ComponentModel.DataAnnotations;

namespace Kapman.Ingestion.Application;

/// <summary>
/// Retention of Ingestion's job runs, section <c>Kapman:Ingestion:Retention</c> (environment <c>Kapman__Ingestion__Retention__*</c>), applied
/// by the weekly run relative to its session date (seed 000 §5.6: job run logs 90 days).
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Kapman:Ingestion:Retention";

    /// <summary>Runs of sessions more than this many calendar days before the weekly run's session are deleted, 1-3650 (default 90).</summary>
    [Range(1, 3650, ErrorMessage = Section + ":JobRunDays must be 1-3650.")]
    public int JobRunDays { get; set; } = 90;

    /// <summary>Rows deleted per statement, 1-100000 (default 5000).</summary>
    [Range(1, 100_000, ErrorMessage = Section + ":BatchSize must be 1-100000.")]
    public int BatchSize { get; set; } = 5000;
}
