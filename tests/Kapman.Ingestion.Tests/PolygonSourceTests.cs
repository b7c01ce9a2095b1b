using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The Polygon grouped-daily fallback against a local HTTP server serving the pinned fixture
/// <c>polygon-api/v2/aggs/grouped/locale/us/market/stocks/2005-04-04&amp;adjusted=true.json</c> (Polygon's documented sample:
/// one result, GIK with T, v, vw, o, c, h, l, t, n).
/// </summary>
[NonParallelizable]
public class PolygonSourceTests
{
    [Test]
    public async Task Grouped_daily_fields_map_onto_a_bar_and_the_key_travels_as_a_bearer_token()
    {
        var fixture = await File.ReadAllBytesAsync(RepoFiles.SharedData("polygon-api", "v2", "aggs", "grouped", "locale", "us", "market", "stocks", "2005-04-04&adjusted=true.json"));
        await using var server = LocalPolygonServer.Start("/v2/aggs/grouped/locale/us/market/stocks/2005-04-04", fixture);
        Environment.SetEnvironmentVariable("POLYGON_API_KEY", "test-key-123");
        using var scratch = new TestFlatFiles();
        await using var host = await IngestionTestHost.StartAsync(scratch.Root, settings: new Dictionary<string, string>
        {
            ["Kapman:Ingestion:Source"] = "polygon",
            ["Kapman:Ingestion:Polygon:BaseUrl"] = server.BaseUrl,
        });
        using var http = host.Client();

        var result = await (await http.PostAsJsonAsync("/backfill", new { from = "2005-04-04", to = "2005-04-05" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.That((result.GetProperty("sessions").GetInt32(), result.GetProperty("missing").GetInt32(), result.GetProperty("rows").GetInt32()), Is.EqualTo((1, 1, 1)), result.ToString());
        await using var db = await host.OpenAsync();
        var bar = await db.QuerySingleAsync<(string Ticker, DateOnly Day, double Open, double High, double Low, double Close, long Volume, long? Transactions)>(
            "SELECT ticker, session_date, open, high, low, close, volume, transactions FROM market.daily_bars");
        // The fixture's only result: "T":"GIK","v":895345,"o":9.99,"c":10.02,"h":10.02,"l":9.9,"n":96.
        Assert.That(bar, Is.EqualTo(("GIK", new DateOnly(2005, 4, 4), 9.99, 10.02, 9.9, 10.02, 895345L, (long?)96)));
        var requests = server.Requests;
        Assert.That(requests.Select(r => r.Authorization).Distinct(), Is.EqualTo(new[] { "Bearer test-key-123" }));
        Assert.That(requests.Select(r => r.Query).Distinct(), Is.EqualTo(new[] { "?adjusted=false" }), "raw bars are asked for; the key is not in the URL");
    }
}
