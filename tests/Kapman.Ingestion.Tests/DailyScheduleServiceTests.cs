using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Kapman.Ingestion.Core;
using Microsoft.Extensions.Time.Testing;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The unattended daily run (issue 22 item 1) in the real ingestion host, on real PostgreSQL and RabbitMQ, with a fake clock: runs missed
/// while the service was down are started at start in session order, a session starts by itself once eligible (16:30 New York) and its
/// file is there, and nothing is run twice. August 2025 is EDT (UTC−4), so 16:30 New York is 20:30 UTC.
/// </summary>
[TestFixture]
public sealed class DailyScheduleServiceTests
{
    private static readonly Dictionary<string, string> Enabled = new()
    {
        ["Kapman:Ingestion:Schedule:Enabled"] = "true",
        ["Kapman:Ingestion:Schedule:PollSeconds"] = "1",
    };

    [Test]
    public async Task Missed_runs_are_caught_up_at_start_in_order_and_the_next_session_starts_by_itself()
    {
        using var files = new TestFlatFiles();
        DateOnly[] missed = [new(2025, 8, 20), new(2025, 8, 21), new(2025, 8, 22), new(2025, 8, 25), new(2025, 8, 26)];
        foreach (var day in missed)
        {
            files.Write(day, [new DailyBar("SPY", day, 640, 645, 638, 642, 50_000_000, 500_000)]);
        }

        // Tuesday 2025-08-26, 17:00 EDT: the five latest sessions are eligible and none has a run.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 26, 21, 0, 0, TimeSpan.Zero));
        await using var host = await IngestionTestHost.StartAsync(files.Root, settings: Enabled, clock: clock);
        using var client = host.Client();

        var caughtUp = await WaitForRunsAsync(host, 5);
        clock.SetUtcNow(new DateTimeOffset(2025, 8, 27, 20, 0, 0, TimeSpan.Zero));
        var beforeStart = await WaitForPassAsync(client, clock.GetUtcNow());
        clock.SetUtcNow(new DateTimeOffset(2025, 8, 27, 20, 31, 0, TimeSpan.Zero));
        var waiting = await WaitForPassAsync(client, clock.GetUtcNow());
        var wednesday = new DateOnly(2025, 8, 27);
        files.Write(wednesday, [new DailyBar("SPY", wednesday, 642, 646, 640, 645, 48_000_000, 480_000)]);
        var all = await WaitForRunsAsync(host, 6);
        var status = await WaitForPassAsync(client, clock.GetUtcNow().AddTicks(1), advance: clock);

        Assert.Multiple(() =>
        {
            Assert.That(caughtUp.Select(r => r.Session), Is.EqualTo(missed), "caught up in session order (by creation time)");
            Assert.That(caughtUp.Select(r => r.Trigger), Is.All.EqualTo("schedule"));
            Assert.That(beforeStart.GetProperty("waitingFor").ValueKind, Is.EqualTo(JsonValueKind.Null), "16:00: 2025-08-27 is not eligible yet");
            Assert.That(beforeStart.GetProperty("nextStart").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2025, 8, 27, 20, 30, 0, TimeSpan.Zero)));
            Assert.That(waiting.GetProperty("waitingFor").GetString(), Is.EqualTo("2025-08-27"), "eligible, file not there yet");
            Assert.That(all.Select(r => r.Session), Is.EqualTo(missed.Append(wednesday)), "started by itself once the file came, once");
            Assert.That(status.GetProperty("enabled").GetBoolean(), Is.True);
            Assert.That(status.GetProperty("lastScheduledRun").GetProperty("sessionDate").GetString(), Is.EqualTo("2025-08-27"));
            Assert.That(status.GetProperty("nextStart").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2025, 8, 28, 20, 30, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task A_session_with_a_manual_run_is_not_run_again_and_nothing_starts_while_disabled()
    {
        using var files = new TestFlatFiles();
        var day = new DateOnly(2025, 8, 26);
        files.Write(day, [new DailyBar("SPY", day, 640, 645, 638, 642, 50_000_000, 500_000)]);
        var offClock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 26, 19, 0, 0, TimeSpan.Zero));
        await using (var off = await IngestionTestHost.StartAsync(files.Root, clock: offClock))
        {
            using var offClient = off.Client();
            offClock.SetUtcNow(new DateTimeOffset(2025, 8, 26, 21, 0, 0, TimeSpan.Zero));
            await Task.Delay(1500);
            var disabled = await offClient.GetFromJsonAsync<JsonElement>("/pipeline/schedule");
            Assert.Multiple(async () =>
            {
                Assert.That(await RunsAsync(off), Is.Empty, "disabled: no run");
                Assert.That(disabled.GetProperty("enabled").GetBoolean(), Is.False);
            });
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 26, 19, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string>(Enabled) { ["Kapman:Ingestion:Schedule:MaxCatchUpSessions"] = "1" };
        await using var host = await IngestionTestHost.StartAsync(files.Root, settings: settings, clock: clock);
        using var client = host.Client();
        (await client.PostAsJsonAsync("/pipeline/runs", new { sessionDate = "2025-08-26" })).EnsureSuccessStatusCode();
        clock.SetUtcNow(new DateTimeOffset(2025, 8, 26, 21, 0, 0, TimeSpan.Zero));
        await WaitForPassAsync(client, clock.GetUtcNow());
        await WaitForPassAsync(client, clock.GetUtcNow().AddTicks(1), advance: clock);

        var runs = await RunsAsync(host);
        Assert.That(runs.Select(r => (r.Session, r.Trigger)), Is.EqualTo(new[] { (day, "api") }), "the manual run stands; the schedule adds none");
    }

    /// <summary>Waits (up to 60 s) for <paramref name="count"/> runs, then returns them by creation time.</summary>
    private static async Task<List<(DateOnly Session, string Trigger)>> WaitForRunsAsync(IngestionTestHost host, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var runs = await RunsAsync(host);
            if (runs.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.That(runs, Has.Count.EqualTo(count), "runs started by the schedule");
                return runs;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<List<(DateOnly Session, string Trigger)>> RunsAsync(IngestionTestHost host)
    {
        await using var connection = await host.OpenAsync();
        return [.. await connection.QueryAsync<(DateOnly, string)>("SELECT session_date, trigger FROM market.pipeline_runs ORDER BY created_at, session_date")];
    }

    /// <summary>
    /// Waits (up to 30 s) for a pass of the schedule that looked at or after <paramref name="since"/> and returns <c>GET /pipeline/schedule</c>;
    /// with <paramref name="advance"/>, nudges that clock by a tick per poll so a pass after <paramref name="since"/> can be seen.
    /// </summary>
    private static async Task<JsonElement> WaitForPassAsync(HttpClient client, DateTimeOffset since, FakeTimeProvider? advance = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>("/pipeline/schedule");
            if (status.GetProperty("lastCheckedAt") is { ValueKind: JsonValueKind.String } checkedAt && checkedAt.GetDateTimeOffset() >= since)
            {
                return status;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "no pass of the schedule was seen");
            advance?.Advance(TimeSpan.FromTicks(1));
            await Task.Delay(100);
        }
    }
}
