using Kapman.MarketData;
using Kapman.Options.Core;
using Kapman.Options.Polygon;
using Kapman.ServiceDefaults.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Options.Tests;

public sealed class PolygonSnapshotClientTests
{
    private const string Key = "test-key-not-secret";

    [Test]
    public async Task Follows_next_url_over_pages_of_250_and_retries_a_429()
    {
        var path = RepoFiles.SharedData("options", "snapshots", "SPY", "2025-08-26.json");
        using var server = new PagedSnapshotServer(path, 250, Key, throttleOnce: 3);
        // The client as the service registers it: ServiceDefaults' standard resilience handler with the Polygon limits.
        var services = new ServiceCollection().AddLogging().AddMetrics().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddKapmanHttpClientDefaults();
        services.AddHttpClient(nameof(PolygonSnapshotClient)).AddLongCallResilience(PolygonClientOptions.AttemptTimeout, PolygonClientOptions.TotalTimeout);
        await using var provider = services.BuildServiceProvider();
        using var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(PolygonSnapshotClient));
        using var client = new PolygonSnapshotClient(http, new PolygonClientOptions(server.BaseUrl, Key, RequestsPerSecond: 50));
        var session = new DateOnly(2025, 8, 26);

        var chain = await client.FetchAsync("SPY", session, CancellationToken.None);

        OptionChainSnapshot expected;
        await using (var file = File.OpenRead(path))
        {
            expected = PolygonSnapshotReader.Read(file, "SPY", session);
        }

        var requests = server.Requests.ToList();
        Assert.Multiple(() =>
        {
            // 7,011 contracts / 250 = 29 pages (28 full + 11), plus the one 429 retried on cursor 3.
            Assert.That(requests.Count(r => r.Status == 200), Is.EqualTo(29));
            Assert.That(requests.Count(r => r.Status == 429), Is.EqualTo(1));
            Assert.That(requests[0].PathAndQuery, Is.EqualTo("/v3/snapshot/options/SPY?limit=250"));
            Assert.That(requests.Select(r => r.PathAndQuery), Has.None.Contains(Key));
            Assert.That(chain.Contracts, Has.Count.EqualTo(7011));
            Assert.That(chain.Contracts, Is.EqualTo(expected.Contracts));
            Assert.That(chain.Spot, Is.EqualTo(645.16), "underlying_asset.price of the rows");
        });
    }

    [Test]
    public async Task Polygon_fixture_field_mapping()
    {
        // The Polygon client test suite's mock of /v3/snapshot/options/AAPL (one contract with every field).
        var path = RepoFiles.SharedData("polygon-api", "v3", "snapshot", "options", "AAPL.json");
        using var server = new PagedSnapshotServer(path, 250, Key);
        using var http = new HttpClient();
        using var client = new PolygonSnapshotClient(http, new PolygonClientOptions(server.BaseUrl, Key));
        var chain = await client.FetchAsync("AAPL", new DateOnly(2023, 3, 13), CancellationToken.None);
        var q = chain.Contracts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(q.OccSymbol, Is.EqualTo("AAPL230616C00150000"));
            Assert.That((q.Right, q.Expiration, q.Strike, q.SharesPerContract), Is.EqualTo((OptionRight.Call, new DateOnly(2023, 6, 16), 150.0, 100)));
            Assert.That((q.Bid, q.Ask, q.Last), Is.EqualTo(((double?)28.9, (double?)29.25, (double?)29.25)));
            Assert.That((q.Volume, q.OpenInterest), Is.EqualTo((8L, 8133L)));
            Assert.That(q.ImpliedVolatility, Is.EqualTo(0.3570277203465058));
            Assert.That(q.Greeks!.Value.Delta, Is.EqualTo(0.6436614934293701));
            Assert.That(q.Greeks!.Value.Gamma, Is.EqualTo(0.0061735291012820675));
            Assert.That(q.Greeks!.Value.ThetaPerDay, Is.EqualTo(-0.028227189324641973));
            Assert.That(q.Greeks!.Value.VegaPerVolPoint, Is.EqualTo(0.6381159723175714));
            Assert.That(chain.Spot, Is.EqualTo(159.9606));
        });
    }

    [Test]
    public void A_wrong_key_fails_and_no_key_is_refused()
    {
        var path = RepoFiles.SharedData("polygon-api", "v3", "snapshot", "options", "AAPL.json");
        using var server = new PagedSnapshotServer(path, 250, Key);
        using var http = new HttpClient();
        using var client = new PolygonSnapshotClient(http, new PolygonClientOptions(server.BaseUrl, "wrong"));
        var error = Assert.ThrowsAsync<HttpRequestException>(() => client.FetchAsync("AAPL", new DateOnly(2023, 3, 13), CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("401").And.Not.Contain("wrong"));
        Assert.Throws<ArgumentException>(() => new PolygonSnapshotClient(http, new PolygonClientOptions(server.BaseUrl, null)).Dispose());
        Assert.That(new PolygonClientOptions(server.BaseUrl, Key).ToString(), Does.Not.Contain(Key));
    }
}
