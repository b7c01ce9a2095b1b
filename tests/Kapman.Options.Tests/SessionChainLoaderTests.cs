using Kapman.OptionMath;
using Kapman.Options.Chains;
using Kapman.Options.Polygon;
using Polly;

namespace Kapman.Options.Tests;

public sealed class SessionChainLoaderTests
{
    private static readonly DateOnly Session = new(2026, 7, 28);

    // 2026-07-28 20:00 EDT: the evening of the session itself, when the snapshot API serves its closing quotes.
    private static readonly FixedClock SessionEvening = new(new DateTimeOffset(2026, 7, 29, 0, 0, 0, TimeSpan.Zero));
    private string root = "";

    [SetUp]
    public void CreateDataRoot()
    {
        root = Path.Combine(Path.GetTempPath(), "kapman-options-root-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "options", "snapshots", "MSFT"));
        Directory.CreateDirectory(Path.Combine(root, "options", "snapshots", "AAPL"));
        File.Copy(RepoFiles.SharedData("options", "snapshots", "MSFT", "2026-07-28.json"), Path.Combine(root, "options", "snapshots", "MSFT", "2026-07-28.json"));
        File.WriteAllText(Path.Combine(root, "options", "snapshots", "AAPL", "2026-07-28.json"), "{\"results\": [ {\"details\": ");
    }

    [TearDown]
    public void DeleteDataRoot() => Directory.Delete(root, recursive: true);

    [Test]
    public async Task A_corrupt_file_skips_only_its_underlying_and_the_watchlist_gap_comes_from_the_api()
    {
        using var server = new PagedSnapshotServer(RepoFiles.SharedData("options", "snapshots", "TSM", "2026-07-28.json"), 250, "k");
        using var http = new HttpClient();
        using var client = new PolygonSnapshotClient(http, new PolygonClientOptions(server.BaseUrl, "k"));
        var loader = new SessionChainLoader(new ChainOptions(root, PricingInputs.Default), client, ["MSFT", "TSM", "AAPL"], SessionEvening);

        var loads = await loader.LoadAsync(Session, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(loads.Select(l => l.Underlying), Is.EqualTo(new[] { "AAPL", "MSFT", "TSM" }));
            Assert.That(loads[0].Chain, Is.Null);
            Assert.That(loads[0].Failure, Does.StartWith("NOT_JSON: "));
            Assert.That(loads[1].Chain!.Contracts, Has.Count.EqualTo(300));
            Assert.That(loads[2].Chain!.Contracts, Has.Count.EqualTo(59));
            Assert.That(server.Requests.Select(r => r.PathAndQuery), Is.EqualTo(new[] { "/v3/snapshot/options/TSM?limit=250" }));
        });
    }

    [Test]
    public async Task Without_an_api_key_only_files_are_read_and_a_failing_api_is_a_skip()
    {
        var filesOnly = await new SessionChainLoader(new ChainOptions(root, PricingInputs.Default), null, ["TSM"], SessionEvening).LoadAsync(Session, CancellationToken.None);
        Assert.That(filesOnly.Select(l => l.Underlying), Is.EqualTo(new[] { "AAPL", "MSFT" }));

        using var server = new PagedSnapshotServer(RepoFiles.SharedData("options", "snapshots", "TSM", "2026-07-28.json"), 250, "k");
        using var http = new HttpClient();
        using var client = new PolygonSnapshotClient(http, new PolygonClientOptions(server.BaseUrl, "bad-key"));
        var loads = await new SessionChainLoader(new ChainOptions(root, PricingInputs.Default), client, ["TSM"], SessionEvening).LoadAsync(Session, CancellationToken.None);
        Assert.That(loads.Single(l => l.Underlying == "TSM").Failure, Does.StartWith("POLYGON_FAILED: ").And.Contain("401"));
    }

    [TestCase("2026-07-29T13:30:00Z", "2026-07-29")] // 09:30 EDT the next day: the API serves 2026-07-29's quotes
    [TestCase("2026-08-03T14:00:00Z", "2026-08-03")] // the Monday after
    [TestCase("2026-07-28T03:00:00Z", "2026-07-27")] // 23:00 EDT the evening before: the session has not traded yet
    public async Task The_snapshot_api_is_not_asked_for_a_session_other_than_the_current_one(string now, string current)
    {
        using var server = new PagedSnapshotServer(RepoFiles.SharedData("options", "snapshots", "TSM", "2026-07-28.json"), 250, "k");
        using var http = new HttpClient();
        using var client = new PolygonSnapshotClient(http, new PolygonClientOptions(server.BaseUrl, "k"));
        var clock = new FixedClock(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var loads = await new SessionChainLoader(new ChainOptions(root, PricingInputs.Default), client, ["MSFT", "TSM"], clock).LoadAsync(Session, CancellationToken.None);

        var tsm = loads.Single(l => l.Underlying == "TSM");
        Assert.Multiple(() =>
        {
            Assert.That(server.Requests, Is.Empty);
            Assert.That(tsm.Chain, Is.Null);
            Assert.That(tsm.Failure, Does.StartWith("NOT_CURRENT_SESSION: ").And.Contain(current).And.Contain("2026-07-28"));
            Assert.That(loads.Single(l => l.Underlying == "MSFT").Chain!.Contracts, Has.Count.EqualTo(300), "files are read for any session");
        });
    }

    [Test]
    public async Task A_polly_timeout_on_one_underlying_skips_only_that_underlying()
    {
        var body = File.ReadAllText(RepoFiles.SharedData("options", "snapshots", "TSM", "2026-07-28.json"));
        await using var slow = new LoopbackHttpServer(async context =>
        {
            if (context.Request.Url!.AbsolutePath.EndsWith("/SLOW", StringComparison.Ordinal))
            {
                // Never answered in time (the server goes on with the next request meanwhile); dropped once the client has gone.
                _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => context.Response.Abort(), TaskScheduler.Default);
                return;
            }

            var bytes = System.Text.Encoding.UTF8.GetBytes(body);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        });
        // ServiceDefaults' handler gives every attempt a Polly timeout; the same strategy with 500 ms keeps the test short.
        using var http = new HttpClient(new PollyTimeoutHandler(TimeSpan.FromMilliseconds(500)));
        using var client = new PolygonSnapshotClient(http, new PolygonClientOptions(slow.BaseUrl, "k", MaxConcurrency: 1));
        var loads = await new SessionChainLoader(new ChainOptions(root, PricingInputs.Default), client, ["SLOW", "TSM"], SessionEvening).LoadAsync(Session, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(loads.Single(l => l.Underlying == "SLOW").Failure, Does.StartWith("POLYGON_FAILED: "));
            Assert.That(loads.Single(l => l.Underlying == "TSM").Failure, Is.Null);
            Assert.That(loads.Single(l => l.Underlying == "TSM").Chain?.Contracts, Has.Count.EqualTo(59));
        });
    }

    private sealed class PollyTimeoutHandler(TimeSpan timeout) : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly ResiliencePipeline pipeline = new ResiliencePipelineBuilder().AddTimeout(timeout).Build();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            await pipeline.ExecuteAsync(async token => await base.SendAsync(request, token), cancellationToken);
    }
}
