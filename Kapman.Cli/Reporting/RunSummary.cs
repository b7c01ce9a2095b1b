using System.Globalization;
using Kapman.Cli.Api;

namespace Kapman.Cli.Reporting;

/// <summary>Formats a pipeline run into display rows.</summary>
internal static class RunSummary
{
    /// <summary>Placeholder for a value the API did not give.</summary>
    public const string None = "-";

    /// <summary>
    /// One row per stage in API order: count with thousands separators, duration from <c>durationMs</c>
    /// (else <c>finishedAt − startedAt</c>) via <see cref="FormatDuration"/>, and the error's first line.
    /// </summary>
    public static IReadOnlyList<StageRow> Rows(PipelineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return [.. run.Stages.Select(s => new StageRow(
            s.Stage,
            s.Status,
            s.Count is { } count ? count.ToString("N0", CultureInfo.InvariantCulture) : None,
            Duration(s) is { } duration ? FormatDuration(duration) : None,
            FirstLine(s.Error)))];
    }

    /// <summary>The run's wall time: <c>finishedAt − createdAt</c>, or null while unfinished.</summary>
    public static TimeSpan? WallTime(PipelineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.FinishedAt is { } finished ? finished - run.CreatedAt : null;
    }

    /// <summary>"850 ms" below one second, "12.3 s" below a minute, else "2 m 05 s".</summary>
    public static string FormatDuration(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Round(duration.TotalMilliseconds):0} ms");
        }

        return duration < TimeSpan.FromMinutes(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.0} s")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} m {duration.Seconds:00} s");
    }

    private static TimeSpan? Duration(PipelineStage stage) => stage switch
    {
        { DurationMs: { } ms } => TimeSpan.FromMilliseconds(ms),
        { StartedAt: { } start, FinishedAt: { } end } => end - start,
        _ => null,
    };

    private static string FirstLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? string.Empty : text.Split('\n', 2)[0].Trim();
}
