using System.Net.Http.Json;
using System.Text.Json;
using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Tests;

/// <summary>Backfill follows the NYSE calendar: a session without a file is missing, a file for a closed day is rejected.</summary>
public class CalendarBackfillTests
{
    private static DailyBar Bar(string ticker, DateOnly day, double close) => new(ticker, day, close, close + 1, close - 1, close, 1000, 10);

    [Test]
    public async Task Good_friday_and_saturday_files_are_rejected_and_a_session_without_a_file_is_missing()
    {
        using var files = new TestFlatFiles();
        var (wed, thu, goodFriday, saturday, tue) =
            (new DateOnly(2024, 3, 27), new DateOnly(2024, 3, 28), new DateOnly(2024, 3, 29), new DateOnly(2024, 3, 30), new DateOnly(2024, 4, 2));
        files.Write(wed, [Bar("AAA", wed, 10), Bar("BBB", wed, 20)]);
        files.Write(thu, [Bar("BBB", thu, 21), Bar("CCC", thu, 30)]);
        files.Write(goodFriday, [Bar("BBB", goodFriday, 22)]);
        files.Write(saturday, [Bar("BBB", saturday, 22)]);
        files.Write(tue, [Bar("BBB", tue, 23)]);
        await using var host = await IngestionTestHost.StartAsync(files.Root);
        using var client = host.Client();

        var backfill = await (await client.PostAsJsonAsync("/backfill", new { from = "2024-03-27", to = "2024-04-02" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.That((backfill.GetProperty("sessions").GetInt32(), backfill.GetProperty("missing").GetInt32(), backfill.GetProperty("rejected").GetInt32(), backfill.GetProperty("rows").GetInt32()),
            Is.EqualTo((3, 1, 2, 5)), backfill.ToString());
        var range = await client.GetFromJsonAsync<JsonElement>("/sessions?from=2024-03-27&to=2024-04-02");
        Assert.That(range.GetProperty("sessions").GetInt32(), Is.EqualTo(4), "Wed, Thu, Easter Monday, Tue");
        Assert.That(range.GetProperty("missing").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "2024-04-01" }));
        var rejected = range.GetProperty("rejected").EnumerateArray().ToList();
        Assert.That(rejected.Select(r => r.GetProperty("sessionDate").GetString()), Is.EqualTo(new[] { "2024-03-29", "2024-03-30" }));
        Assert.That(rejected[0].GetProperty("error").GetString(), Does.Contain("Good Friday"));
        await using var connection = await host.OpenAsync();
        Assert.That(await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT count(*) FROM market.daily_bars WHERE session_date IN ('2024-03-29', '2024-03-30')"), Is.Zero);
    }

    [Test]
    public async Task Session_report_lists_tickers_new_and_vanished_since_the_previous_session()
    {
        using var files = new TestFlatFiles();
        var (wed, thu) = (new DateOnly(2024, 3, 27), new DateOnly(2024, 3, 28));
        files.Write(wed, [Bar("AAA", wed, 10), Bar("BBB", wed, 20)]);
        files.Write(thu, [Bar("BBB", thu, 21), Bar("CCC", thu, 30)]);
        await using var host = await IngestionTestHost.StartAsync(files.Root);
        using var client = host.Client();
        (await client.PostAsJsonAsync("/backfill", new { from = "2024-03-27", to = "2024-03-28" })).EnsureSuccessStatusCode();

        var report = await client.GetFromJsonAsync<JsonElement>("/sessions/2024-03-28/report");

        Assert.That(report.GetProperty("rows").GetInt32(), Is.EqualTo(2));
        Assert.That(report.GetProperty("previousSession").GetString(), Is.EqualTo("2024-03-27"));
        Assert.That(report.GetProperty("newTickers").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "CCC" }));
        Assert.That(report.GetProperty("vanishedTickers").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "AAA" }));
        Assert.That(report.GetProperty("earlyClose").GetBoolean(), Is.False);
    }
}
