using System.Text.Json;
using Kapman.Cli.Api;
using Kapman.Cli.Reporting;

namespace Kapman.Cli.Tests;

public class RunSummaryTests
{
    private const string RunJson = """
        {
          "runId": "7d1f3c52-8a0e-4c1e-9b5a-2f4e6d8c0a11",
          "sessionDate": "2025-08-26",
          "scope": "all",
          "status": "partial",
          "createdAt": "2025-08-27T10:00:00+00:00",
          "finishedAt": "2025-08-27T10:03:07.5+00:00",
          "stages": [
            { "stage": "ingestion", "status": "succeeded", "count": 1234567, "error": null,
              "startedAt": "2025-08-27T10:00:00.2+00:00", "finishedAt": "2025-08-27T10:00:00.5+00:00", "durationMs": 850 },
            { "stage": "metrics", "status": "succeeded", "count": 11873, "error": null,
              "startedAt": "2025-08-27T10:00:01+00:00", "finishedAt": "2025-08-27T10:00:13+00:00", "durationMs": 12345 },
            { "stage": "options", "status": "partial", "count": 3, "error": "IWM: snapshot missing\nstack line",
              "startedAt": "2025-08-27T10:00:13+00:00", "finishedAt": "2025-08-27T10:02:18+00:00", "durationMs": null },
            { "stage": "notification", "status": "pending", "count": null, "error": null,
              "startedAt": null, "finishedAt": null, "durationMs": null }
          ]
        }
        """;

    private static PipelineRun Run => JsonSerializer.Deserialize<PipelineRun>(RunJson, KapmanApi.Json)!;

    [Test]
    public void Rows_format_count_duration_and_first_error_line()
    {
        var rows = RunSummary.Rows(Run);

        Assert.That(rows, Is.EqualTo(new[]
        {
            new StageRow("ingestion", "succeeded", "1,234,567", "850 ms", string.Empty),
            new StageRow("metrics", "succeeded", "11,873", "12.3 s", string.Empty),
            new StageRow("options", "partial", "3", "2 m 05 s", "IWM: snapshot missing"),
            new StageRow("notification", "pending", "-", "-", string.Empty),
        }));
    }

    [Test]
    public void Wall_time_runs_from_creation_to_finish()
    {
        Assert.That(RunSummary.WallTime(Run), Is.EqualTo(TimeSpan.FromSeconds(187.5)));
    }

    [Test]
    public void Wall_time_is_unknown_while_unfinished()
    {
        Assert.That(RunSummary.WallTime(Run with { FinishedAt = null }), Is.Null);
    }

    [TestCase(0, "0 ms")]
    [TestCase(999, "999 ms")]
    [TestCase(1000, "1.0 s")]
    [TestCase(59_940, "59.9 s")]
    [TestCase(60_000, "1 m 00 s")]
    [TestCase(3_725_000, "62 m 05 s")]
    public void Durations_are_short_and_human(int milliseconds, string expected)
    {
        Assert.That(RunSummary.FormatDuration(TimeSpan.FromMilliseconds(milliseconds)), Is.EqualTo(expected));
    }
}
