using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Kapman.Ingestion.Loading;

/// <summary>
/// Ingestion settings, configuration section <c>Kapman:Ingestion</c> (environment <c>Kapman__Ingestion__*</c>), bound and validated
/// at startup: a bad value stops the service with a message naming the key. The source's own settings are in
/// <see cref="Sources.S3SourceOptions"/> and <see cref="Sources.PolygonSourceOptions"/>.
/// </summary>
public sealed class IngestionOptions
{
    /// <summary>Configuration section of these options.</summary>
    public const string Section = "Kapman:Ingestion";

    /// <summary>The default rolling window: 730 sessions, about 2.9 years.</summary>
    public const int DefaultRetentionSessions = 730;

    /// <summary>
    /// Two writers: while one group's COPY runs in the database, the other finishes and commits, which keeps two database
    /// cores busy; more writers than the database has cores only contend.
    /// </summary>
    public const int DefaultBackfillWriters = 2;

    /// <summary>Message when <see cref="RunDueBy"/> is not a time of day.</summary>
    public const string RunDueByMessage = Section + ":RunDueBy must be a New York time of day such as 20:00.";

    /// <summary>When a session's run is due unless configured: 20:00 New York, four hours after the close.</summary>
    public static readonly TimeOnly DefaultDueBy = new(20, 0);

    /// <summary>NYSE sessions of bars kept by the rolling retention that runs after each load; 0 keeps everything. Default 730.</summary>
    [Range(0, int.MaxValue, ErrorMessage = Section + ":RetentionSessions must be ≥ 0 (0 keeps everything).")]
    public int RetentionSessions { get; set; } = DefaultRetentionSessions;

    /// <summary>Connections a backfill writes session groups on at once, ≥ 1. Default 2.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + ":BackfillWriters must be ≥ 1.")]
    public int BackfillWriters { get; set; } = DefaultBackfillWriters;

    /// <summary>Where the daily pipeline's session files come from: <c>local</c> (default), <c>s3</c> or <c>polygon</c>.</summary>
    [AllowedValues("local", "s3", "polygon", ErrorMessage = Section + ":Source must be local, s3 or polygon.")]
    public string Source { get; set; } = "local";

    /// <summary>New York time of day (<c>HH:mm</c>) a session's pipeline run is due by; unset or empty means <see cref="DefaultDueBy"/>.</summary>
    public string? RunDueBy { get; set; }

    /// <summary>True when <see cref="RunDueBy"/> is unset, empty or a time of day.</summary>
    public bool RunDueByValid() => string.IsNullOrEmpty(RunDueBy) || TimeOnly.TryParse(RunDueBy, CultureInfo.InvariantCulture, out _);

    /// <summary>The time of day a session's run is due by (New York).</summary>
    /// <exception cref="FormatException"><see cref="RunDueBy"/> is not a time of day (validation refuses it at startup).</exception>
    public TimeOnly DueBy() => string.IsNullOrEmpty(RunDueBy) ? DefaultDueBy : TimeOnly.Parse(RunDueBy, CultureInfo.InvariantCulture);
}
