using Dapper;
using Kapman.Contracts;
using Kapman.MarketData;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// Dealer context: stored from the dealer metrics OptionMetricsComputed carries and attached by the API to the
/// snapshot of the same ticker and session, without touching the stored snapshot.
/// </summary>
public sealed class DealerContextStoreTests : DatabaseTest
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    /// <summary>What OptionMetricsComputed carries for the session: SPY, ETSY, and a row without a usable spot.</summary>
    private static readonly UnderlyingDealerMetrics[] Announced =
    [
        new("SPY", 500, -1_250_000, 520, -0.42, "SHORT_GAMMA", 530, 480, "options-test"),
        new("ETSY", 50, 2500, null, null, null, null, null, "options-test"),
        new("ZERO", 0, 1, null, null, null, null, null, "options-test"),
    ];

    private async Task<int> CopyAsync()
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
        var count = await DealerContextStep.RunAsync(tx, Session, Announced, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return count;
    }

    private async Task StoreSnapshotAsync(string ticker)
    {
        var bars = Enumerable.Range(0, 40).Select(i => new Bar(Session.AddDays(i - 39), 100, 101, 99, 100, 1000)).ToArray();
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
        await SnapshotStore.UpsertAsync(tx, WyckoffAnalyzer.Analyze(ticker, bars, WyckoffParameters.Default), CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    [Test]
    public async Task The_announced_context_is_stored_with_its_walls_and_its_sentence()
    {
        Assert.That(await CopyAsync(), Is.EqualTo(2), "SPY and ETSY; ZERO has no spot");
        Assert.That(await CopyAsync(), Is.EqualTo(2), "a rerun upserts");

        await using var connection = await DataSource.OpenConnectionAsync();
        var spy = await connection.QuerySingleAsync<(double CallWall, double PutWall, string Description)>(
            "SELECT call_wall, put_wall, description FROM dealer_context WHERE ticker = 'SPY' AND session_date = '2025-08-26'");
        Assert.That((spy.CallWall, spy.PutWall), Is.EqualTo((530.0, 480.0)));
        Assert.That(spy.Description, Is.EqualTo(new DealerContext("SPY", Session, 500, -1_250_000, 520, -0.42, "SHORT_GAMMA", 530, 480, "options-test").Describe()));
        Assert.That(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM dealer_context"), Is.EqualTo(2));
    }

    [Test]
    public async Task The_api_attaches_the_context_to_the_snapshot_of_the_same_session_only()
    {
        await StoreSnapshotAsync("SPY");
        await StoreSnapshotAsync("AAPL");
        var before = (await new SnapshotStore(DataSource).SnapshotsAsync(Session, CancellationToken.None)).ToDictionary(s => s.Ticker);
        await CopyAsync();

        var rows = (await new SnapshotStore(DataSource).SnapshotsAsync(Session, CancellationToken.None)).ToDictionary(s => s.Ticker);

        Assert.That(before["SPY"].DealerContext, Is.Null);
        Assert.That(rows["SPY"].DealerContext!["position"]!.GetValue<string>(), Is.EqualTo("SHORT_GAMMA"));
        Assert.That(rows["SPY"].DealerContext!["callWall"]!.GetValue<double>(), Is.EqualTo(530));
        Assert.That(rows["SPY"].DealerContext!["description"]!.GetValue<string>(), Does.EndWith("context only, not scored."));
        Assert.That(rows["AAPL"].DealerContext, Is.Null, "no dealer metrics for AAPL");
        Assert.That((rows["SPY"].BcScore, rows["SPY"].SpringScore, rows["SPY"].EventsJson), Is.EqualTo((before["SPY"].BcScore, before["SPY"].SpringScore, before["SPY"].EventsJson)));
        var latest = await new TimelineStore(DataSource).LatestAsync("SPY", CancellationToken.None);
        Assert.That(latest!.DealerContext!["spot"]!.GetValue<double>(), Is.EqualTo(500));
    }
}
