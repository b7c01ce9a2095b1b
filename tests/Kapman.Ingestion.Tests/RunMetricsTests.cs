using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The run record's gauges on a real <c>/metrics</c> scrape of the ingestion host (the Prometheus alerts
/// KapmanPipelineStageFailed and KapmanPipelineRunLate read them). The clock is Wednesday 2025-08-27 21:00 New York, past
/// the default 20:00 deadline, so the 27th's run is due.
/// </summary>
[NonParallelizable]
public sealed partial class RunMetricsTests
{
    private const long Aug26 = 1756166400; // 2025-08-26T00:00:00Z
    private const long Aug27 = 1756252800; // 2025-08-27T00:00:00Z
    private static readonly string[] Stages = ["ingestion", "metrics", "options", "wyckoff", "recommendation", "notification"];

    [Test]
    public async Task A_failed_stage_of_the_newest_run_and_a_late_run_show_until_the_run_succeeds()
    {
        using var scratch = new TestFlatFiles();
        await using var host = await IngestionTestHost.StartAsync(scratch.Root, clock: new FixedClock(new DateTimeOffset(2025, 8, 28, 1, 0, 0, TimeSpan.Zero)));
        using var http = host.Client();
        var lateRun = Guid.NewGuid();
        await using (var db = await host.OpenAsync())
        {
            await InsertRunAsync(db, Guid.NewGuid(), new DateOnly(2025, 8, 26), "2 days", _ => "succeeded");
            await InsertRunAsync(db, lateRun, new DateOnly(2025, 8, 27), "1 hour", stage => stage switch
            {
                "ingestion" or "metrics" or "options" => "succeeded",
                "wyckoff" => "failed",
                _ => "pending",
            });
        }

        var failing = await ScrapeUntilAsync(http, text => Value(text, "kapman_pipeline_stage_failed", "wyckoff") == 1);
        await using (var db = await host.OpenAsync())
        {
            await db.ExecuteAsync("UPDATE market.pipeline_stages SET status = 'succeeded' WHERE run_id = @lateRun", new { lateRun });
        }

        var recovered = await ScrapeUntilAsync(http, text => Value(text, "kapman_pipeline_completed_session_timestamp_seconds") == Aug27);

        Assert.Multiple(() =>
        {
            Assert.That(Stages.Select(stage => Value(failing, "kapman_pipeline_stage_failed", stage)), Is.EqualTo(new double?[] { 0, 0, 0, 1, 0, 0 }));
            Assert.That(Value(failing, "kapman_pipeline_completed_session_timestamp_seconds"), Is.EqualTo(Aug26), "the 26th's run is the newest that succeeded");
            Assert.That(Value(failing, "kapman_pipeline_due_session_timestamp_seconds"), Is.EqualTo(Aug27));
            Assert.That(Stages.Select(stage => Value(recovered, "kapman_pipeline_stage_failed", stage)), Is.All.EqualTo(0));
            Assert.That(Value(recovered, "kapman_pipeline_due_session_timestamp_seconds"), Is.EqualTo(Aug27));
        });
    }

    private static async Task InsertRunAsync(Npgsql.NpgsqlConnection db, Guid runId, DateOnly session, string age, Func<string, string> status)
    {
        await db.ExecuteAsync(
            "INSERT INTO market.pipeline_runs (run_id, session_date, scope, created_at) VALUES (@runId, @session, 'all', now() - CAST(@age AS interval))",
            new { runId, session, age });
        await db.ExecuteAsync(
            "INSERT INTO market.pipeline_stages (run_id, stage, ordinal, status) VALUES (@runId, @stage, @ordinal, @status)",
            Stages.Select((stage, i) => new { runId, stage, ordinal = i, status = status(stage) }));
    }

    /// <summary>The <c>/metrics</c> text once <paramref name="done"/> holds (the run record is read every 5 s), or the last after 30 s.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient http, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string text;
        do
        {
            text = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
            if (done(text))
            {
                break;
            }

            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);

        return text;
    }

    /// <summary>The value of the sample <paramref name="name"/> (with <c>stage="..."</c> when given), or null when absent.</summary>
    private static double? Value(string text, string name, string? stage = null)
    {
        foreach (Match match in SampleLine().Matches(text))
        {
            if (match.Groups["name"].Value == name && (stage is null || match.Groups["labels"].Value.Contains($"stage=\"{stage}\"", StringComparison.Ordinal)))
            {
                return double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<labels>\{[^}]*\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
