using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Tests;

/// <summary>The universe (first/last seen, active), the default watchlist from ai_stocks.txt, and portfolio CRUD with P1/P2.</summary>
public class UniverseTests
{
    private static DailyBar Bar(string ticker, DateOnly day, double close) => new(ticker, day, close, close + 1, close - 1, close, 1000, 10);

    [Test]
    public async Task Universe_and_default_watchlist_show_first_last_seen_active_and_no_data()
    {
        using var files = new TestFlatFiles();
        var (mon, tue) = (new DateOnly(2025, 8, 25), new DateOnly(2025, 8, 26));
        files.Write(mon, [Bar("AAPL", mon, 227.16), Bar("ZZZ", mon, 5)]);
        files.Write(tue, [Bar("AAPL", tue, 229.31)]);
        Directory.CreateDirectory(Path.Combine(files.Root, "watchlists"));
        File.Copy(RepoFiles.SharedData("watchlists", "ai_stocks.txt"), Path.Combine(files.Root, "watchlists", "ai_stocks.txt"));
        var listed = File.ReadAllLines(Path.Combine(files.Root, "watchlists", "ai_stocks.txt")).Where(l => l.Trim().Length > 0).ToList();
        await using var host = await IngestionTestHost.StartAsync(files.Root);
        using var http = host.Client();
        (await http.PostAsJsonAsync("/backfill", new { from = "2025-08-25", to = "2025-08-26" })).EnsureSuccessStatusCode();

        var universe = await http.GetFromJsonAsync<JsonElement>("/universe");
        Assert.That(universe.EnumerateArray().Select(t => (t.GetProperty("ticker").GetString(), t.GetProperty("firstSeen").GetString(), t.GetProperty("lastSeen").GetString(), t.GetProperty("active").GetBoolean())),
            Is.EqualTo(new[] { ("AAPL", "2025-08-25", "2025-08-26", true), ("ZZZ", "2025-08-25", "2025-08-25", false) }));
        Assert.That((await http.GetFromJsonAsync<JsonElement>("/universe?active=true")).GetArrayLength(), Is.EqualTo(1));

        Assert.That(await http.GetFromJsonAsync<string[]>("/watchlists"), Is.EqualTo(new[] { "default" }));
        var watchlist = (await http.GetFromJsonAsync<JsonElement>("/watchlists/default")).EnumerateArray().ToList();
        Assert.That(watchlist, Has.Count.EqualTo(listed.Distinct().Count()));
        var apple = watchlist.Single(e => e.GetProperty("ticker").GetString() == "AAPL");
        Assert.That((apple.GetProperty("status").GetString(), apple.GetProperty("lastClose").GetDouble()), Is.EqualTo(("ok", 229.31)));
        Assert.That(watchlist.Where(e => e.GetProperty("ticker").GetString() != "AAPL").Select(e => e.GetProperty("status").GetString()).Distinct(), Is.EqualTo(new[] { "no data" }));
    }

    [Test]
    public async Task Portfolios_support_full_crud_with_p1_and_p2_tickers()
    {
        using var files = new TestFlatFiles();
        await using var host = await IngestionTestHost.StartAsync(files.Root);
        using var http = host.Client();

        var created = await http.PostAsJsonAsync("/portfolios", new { name = "Core" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.That((await http.PostAsJsonAsync("/portfolios", new { name = "Core" })).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await http.PostAsJsonAsync("/portfolios", new { name = " " })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        (await http.PostAsJsonAsync($"/portfolios/{id}/tickers", new { ticker = "AAPL", priority = "P1" })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/portfolios/{id}/tickers", new { ticker = "MSFT", priority = "P2" })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/portfolios/{id}/tickers", new { ticker = "NVDA", priority = "P1" })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/portfolios/{id}/tickers", new { ticker = "AAPL", priority = "P2" })).EnsureSuccessStatusCode();
        Assert.That((await http.PostAsJsonAsync($"/portfolios/{id}/tickers", new { ticker = "AMD", priority = "P3" })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await http.DeleteAsync($"/portfolios/{id}/tickers/MSFT")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await http.PutAsJsonAsync($"/portfolios/{id}", new { name = "Core book" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var portfolio = await http.GetFromJsonAsync<JsonElement>($"/portfolios/{id}");
        Assert.That(portfolio.GetProperty("name").GetString(), Is.EqualTo("Core book"));
        Assert.That(portfolio.GetProperty("tickers").EnumerateArray().Select(t => (t.GetProperty("ticker").GetString(), t.GetProperty("priority").GetString())),
            Is.EqualTo(new[] { ("NVDA", "P1"), ("AAPL", "P2") }));
        Assert.That((await http.GetFromJsonAsync<JsonElement>("/portfolios")).GetArrayLength(), Is.EqualTo(1));

        Assert.That((await http.DeleteAsync($"/portfolios/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await http.GetAsync($"/portfolios/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await http.PostAsJsonAsync($"/portfolios/{id}/tickers", new { ticker = "AAPL", priority = "P1" })).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
