using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// Review #14, #16, #17 through the service: session dates after today (New York) or outside the calendar are 400 problem
/// details, a mis-dated newest bar cannot move the retention window, and an unknown ticker's bars are a 404.
/// </summary>
public class DateGuardTests
{
    // 2025-08-27 22:00 EDT: the UTC date is already 2025-08-28, the New York date is not.
    private static readonly FixedClock WednesdayEvening = new(new DateTimeOffset(2025, 8, 28, 2, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Session_dates_after_today_or_outside_the_calendar_are_400_problems()
    {
        using var files = new TestFlatFiles();
        await using var host = await IngestionTestHost.StartAsync(files.Root, clock: WednesdayEvening);
        using var client = host.Client();

        var tomorrow = await client.PostAsJsonAsync("/pipeline/runs", new { sessionDate = "2025-08-28" });
        var farYear = await client.PostAsJsonAsync("/pipeline/runs", new { sessionDate = "2100-01-04" });
        var backfill = await client.PostAsJsonAsync("/backfill", new { from = "2025-08-25", to = "2025-08-28" });
        var job = await client.PostAsJsonAsync("/backfill/jobs", new { from = "2025-08-25", to = "2025-08-28" });
        var today = await client.PostAsJsonAsync("/pipeline/runs", new { sessionDate = "2025-08-27" });

        await Assert.MultipleAsync(async () =>
        {
            await AssertProblem(tomorrow, "sessionDate", "2025-08-28 is after today (2025-08-27");
            await AssertProblem(farYear, "sessionDate", "outside the NYSE calendar");
            await AssertProblem(backfill, "to", "after today");
            await AssertProblem(job, "to", "after today");
            Assert.That(today.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "today's session may run");
        });
    }

    [Test]
    public async Task A_mis_dated_newest_bar_does_not_move_the_retention_window()
    {
        using var files = new TestFlatFiles();
        DateOnly[] days = [new(2025, 8, 18), new(2025, 8, 19), new(2025, 8, 20), new(2025, 8, 21), new(2025, 8, 22), new(2025, 8, 25)];
        foreach (var day in days)
        {
            files.Write(day, [new DailyBar("SPY", day, 500, 501, 499, 500, 1000, 10)]);
        }

        // Monday 2025-08-25, 18:00 EDT.
        await using var host = await IngestionTestHost.StartAsync(files.Root, retentionSessions: 3, clock: new FixedClock(new DateTimeOffset(2025, 8, 25, 22, 0, 0, TimeSpan.Zero)));
        using var client = host.Client();
        (await client.PostAsJsonAsync("/backfill", new { from = "2025-08-18", to = "2025-08-22" })).EnsureSuccessStatusCode();
        await using var connection = await host.OpenAsync();
        // What a file dated 2099 loaded before the date check would have left behind.
        await connection.ExecuteAsync("UPDATE market.tickers SET last_session = '2099-06-30'");

        (await client.PostAsJsonAsync("/backfill", new { from = "2025-08-25", to = "2025-08-25" })).EnsureSuccessStatusCode();

        // 3 sessions ending today 2025-08-25: 08-25, 08-22, 08-21 (08-23/24 are a weekend). From 2099 all would go.
        var kept = (await connection.QueryAsync<DateOnly>("SELECT session_date FROM market.daily_bars ORDER BY 1")).ToList();
        Assert.That(kept, Is.EqualTo(new[] { new DateOnly(2025, 8, 21), new DateOnly(2025, 8, 22), new DateOnly(2025, 8, 25) }));
    }

    [Test]
    public async Task Bars_of_an_unknown_ticker_are_a_404_problem()
    {
        using var files = new TestFlatFiles();
        await using var host = await IngestionTestHost.StartAsync(files.Root);
        using var client = host.Client();

        var response = await client.GetAsync("/bars/NOPE");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), Does.Contain("NOPE"));
    }

    private static async Task AssertProblem(HttpResponseMessage response, string field, string message)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), field);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), field);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field);
        Assert.That(errors[0].GetString(), Does.Contain(message));
    }
}
