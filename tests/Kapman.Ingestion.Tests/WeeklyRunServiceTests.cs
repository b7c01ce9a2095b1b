using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The schedule's weekly run and its alert (issue 22 items 1 and 4) in the real ingestion host, on real PostgreSQL and RabbitMQ, with a
/// fake clock. Friday 2025-08-29 carries the weekly run (seed 000 §5.5 weekly; default weekday Friday); once its daily run has finished the
/// schedule starts it, and Ingestion's retention stage deletes the job runs more than 90 days before the session (seed 000 §5.6): the cut-off
/// is 2025-08-29 − 90 days = 2025-05-31, so the 2025-05-30 run goes and the 2025-05-31 and 2025-06-02 runs stay. A session whose file is
/// still missing at 05:00 New York the next morning raises one alert, however many passes see it.
/// </summary>
[TestFixture]
public sealed class WeeklyRunServiceTests
{
    private static readonly Dictionary<string, string> Enabled = new()
    {
        ["Kapman:Ingestion:Schedule:Enabled"] = "true",
        ["Kapman:Ingestion:Schedule:PollSeconds"] = "1",
        ["Kapman:Ingestion:Schedule:MaxCatchUpSessions"] = "1",
        ["Kapman:Ingestion:Retention:BatchSize"] = "1",
    };

    [Test]
    public async Task The_weekly_run_starts_after_Friday_s_daily_run_and_prunes_job_runs_older_than_90_days()
    {
        using var files = new TestFlatFiles();
        // Friday 2025-08-29, 18:00 EDT: the session is eligible; its daily run is made finished by hand below (no other service runs here).
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 29, 22, 0, 0, TimeSpan.Zero));
        await using var host = await IngestionTestHost.StartAsync(files.Root, settings: Enabled, clock: clock);
        await using (var connection = await host.OpenAsync())
        {
            foreach (var (session, status) in new[] { ("2025-05-30", "succeeded"), ("2025-05-31", "succeeded"), ("2025-06-02", "failed"), ("2025-08-29", "succeeded") })
            {
                var runId = Guid.NewGuid();
                await connection.ExecuteAsync(
                    "INSERT INTO market.pipeline_runs (run_id, session_date, scope) VALUES (@runId, CAST(@session AS date), 'all')", new { runId, session });
                await connection.ExecuteAsync(
                    "INSERT INTO market.pipeline_stages (run_id, stage, ordinal, status) SELECT @runId, s, o, @status FROM unnest(@stages) WITH ORDINALITY AS t(s, o)",
                    new { runId, status, stages = new[] { "ingestion", "metrics", "options", "wyckoff", "recommendation", "notification" } });
            }
        }

        var weekly = await WaitAsync(host,
            """
            SELECT r.session_date::text || ' ' || r.trigger || ' ' || (r.retention -> 'market.pipeline_runs')::text FROM market.pipeline_runs r
            WHERE r.kind = 'weekly' AND r.retention <> '{}'
              AND EXISTS (SELECT 1 FROM market.pipeline_stages s WHERE s.run_id = r.run_id AND s.stage = 'retention' AND s.status = 'succeeded')
            """);
        await using var check = await host.OpenAsync();
        var kept = (await check.QueryAsync<string>("SELECT session_date::text FROM market.pipeline_runs WHERE kind = 'daily' ORDER BY session_date")).ToList();
        var stages = (await check.QueryAsync<(string, string, int?)>(
            "SELECT s.stage, s.status, s.item_count FROM market.pipeline_stages s JOIN market.pipeline_runs r USING (run_id) WHERE r.kind = 'weekly' ORDER BY s.ordinal")).ToList();
        using var client = host.Client();
        var schedule = await client.GetFromJsonAsync<JsonElement>("/pipeline/schedule");

        Assert.Multiple(() =>
        {
            Assert.That(weekly, Is.EqualTo("""2025-08-29 schedule {"cutoff": "2025-05-31", "deletedRows": 1, "droppedPartitions": 0}"""));
            Assert.That(kept, Is.EqualTo(new[] { "2025-05-31", "2025-06-02", "2025-08-29" }), "only the run before the cut-off is gone");
            Assert.That(stages, Is.EqualTo(new[] { ("outcomes", "pending", (int?)null), ("retention", "succeeded", (int?)1) }),
                "recommendation (not running here) would finish the outcomes stage");
            Assert.That(schedule.GetProperty("weeklyOn").GetString(), Is.EqualTo("Friday"));
            Assert.That(schedule.GetProperty("lastWeeklyRun").GetProperty("kind").GetString(), Is.EqualTo("weekly"));
            Assert.That(schedule.GetProperty("lastWeeklyRun").GetProperty("retention").GetProperty("market.pipeline_runs").GetProperty("deletedRows").GetInt64(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_session_still_missing_its_file_at_five_the_next_morning_raises_one_alert()
    {
        using var files = new TestFlatFiles();
        // Wednesday 2025-08-27 05:30 EDT: Tuesday 2025-08-26 is due, its file is missing, and its 05:00 alert time has passed.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 27, 9, 30, 0, TimeSpan.Zero));
        await using var host = await IngestionTestHost.StartAsync(files.Root, settings: Enabled, clock: clock);

        var alert = await WaitAsync(host, "SELECT session_date::text || ': ' || reason FROM market.schedule_alerts");
        await WaitAsync(host, "SELECT 'published' FROM market.outbox WHERE message_type LIKE '%ScheduledRunFailed%' AND published_at IS NOT NULL");
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(300);
        }

        await using var connection = await host.OpenAsync();
        var count = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM market.outbox WHERE message_type LIKE '%ScheduledRunFailed%'");
        Assert.Multiple(() =>
        {
            Assert.That(alert, Is.EqualTo("2025-08-26: the session file is not available in the configured source"));
            Assert.That(count, Is.EqualTo(1), "raised once, whatever the number of passes");
        });
    }

    [Test]
    public async Task A_weekly_run_can_be_started_by_hand_once_per_session()
    {
        using var files = new TestFlatFiles();
        await using var host = await IngestionTestHost.StartAsync(files.Root);
        using var client = host.Client();

        var first = await client.PostAsJsonAsync("/pipeline/weekly-runs", new { sessionDate = "2025-08-27" });
        var again = await client.PostAsJsonAsync("/pipeline/weekly-runs", new { sessionDate = "2025-08-27" });
        var saturday = await client.PostAsJsonAsync("/pipeline/weekly-runs", new { sessionDate = "2025-08-30" });
        var run = await WaitAsync(host,
            """
            SELECT r.session_date::text || ' ' || r.trigger FROM market.pipeline_runs r
            WHERE r.kind = 'weekly' AND EXISTS (SELECT 1 FROM market.pipeline_stages s WHERE s.run_id = r.run_id AND s.stage = 'retention' AND s.status = 'succeeded')
            """);

        Assert.Multiple(() =>
        {
            Assert.That((int)first.StatusCode, Is.EqualTo(202));
            Assert.That((int)again.StatusCode, Is.EqualTo(409));
            Assert.That((int)saturday.StatusCode, Is.EqualTo(400));
            Assert.That(run, Is.EqualTo("2025-08-27 api"));
        });
    }

    /// <summary>Polls <paramref name="sql"/> (up to 60 s) until it returns a row, and returns its text.</summary>
    private static async Task<string> WaitAsync(IngestionTestHost host, string sql)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using (var connection = await host.OpenAsync())
            {
                if (await connection.QueryFirstOrDefaultAsync<string>(sql) is { } found)
                {
                    return found;
                }
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"nothing within 60 s: {sql}");
            await Task.Delay(200);
        }
    }
}
