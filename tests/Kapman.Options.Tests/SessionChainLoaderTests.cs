using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.Options.Polygon;

namespace Kapman.Options.Tests;

public sealed class SessionChainLoaderTests
{
    private static readonly DateOnly Session = new(2026, 7, 28);
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
        var loader = new SessionChainLoader(new ChainOptions(root, PricingInputs.Default), client, ["MSFT", "TSM", "AAPL"]);

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
        var filesOnly = await new SessionChainLoader(new ChainOptions(root, PricingInputs.Default), null, ["TSM"]).LoadAsync(Session, CancellationToken.None);
        Assert.That(filesOnly.Select(l => l.Underlying), Is.EqualTo(new[] { "AAPL", "MSFT" }));

        using var server = new PagedSnapshotServer(RepoFiles.SharedData("options", "snapshots", "TSM", "2026-07-28.json"), 250, "k");
        using var http = new HttpClient();
        using var client = new PolygonSnapshotClient(http, new PolygonClientOptions(server.BaseUrl, "bad-key"));
        var loads = await new SessionChainLoader(new ChainOptions(root, PricingInputs.Default), client, ["TSM"]).LoadAsync(Session, CancellationToken.None);
        Assert.That(loads.Single(l => l.Underlying == "TSM").Failure, Does.StartWith("POLYGON_FAILED: ").And.Contain("401"));
    }
}
