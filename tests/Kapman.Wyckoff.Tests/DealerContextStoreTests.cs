using Dapper;
using Kapman.Metrics.Core;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// Dealer context: copied from <c>options.dealer_metrics</c> on OptionMetricsComputed and attached by the API to the
/// snapshot of the same ticker and session, without touching the stored snapshot.
/// </summary>
public sealed class DealerContextStoreTests : DatabaseTest
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    private async Task CreateOptionsAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        // The columns of the Options service's dealer_metrics (migrations 001 and 002) that the copy reads.
        await connection.ExecuteAsync(
            """
            CREATE SCHEMA options;
            CREATE TABLE options.dealer_metrics (underlying text NOT NULL, as_of date NOT NULL, spot double precision NOT NULL,
                net_gex double precision NOT NULL, call_walls jsonb NOT NULL, put_walls jsonb NOT NULL, model_version text NOT NULL,
                gamma_flip double precision, dgpi double precision, dealer_position text, PRIMARY KEY (underlying, as_of));
            INSERT INTO options.dealer_metrics VALUES
              ('SPY', '2025-08-26', 500, -1250000,
               '[{"strike":520,"openInterest":900,"gex":1},{"strike":530,"openInterest":5000,"gex":2},{"strike":540,"openInterest":100,"gex":3}]',
               '[{"strike":480,"openInterest":7000,"gex":-1},{"strike":490,"openInterest":10,"gex":-2}]',
               'options-test', 520, -0.42, 'SHORT_GAMMA'),
              ('ETSY', '2025-08-26', 50, 2500, '[]', '[]', 'options-test', NULL, NULL, NULL),
              ('SPY', '2025-08-25', 505, 1, '[]', '[]', 'options-test', NULL, NULL, NULL);
            """);
    }

    private async Task<int> CopyAsync()
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
        var count = await DealerContextStore.CopyAsync(tx, Session, CancellationToken.None);
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
    public async Task The_session_context_is_copied_with_the_largest_walls_and_its_sentence()
    {
        await CreateOptionsAsync();

        Assert.That(await CopyAsync(), Is.EqualTo(2), "SPY and ETSY on 2025-08-26");
        Assert.That(await CopyAsync(), Is.EqualTo(2), "a rerun upserts");

        await using var connection = await DataSource.OpenConnectionAsync();
        var spy = await connection.QuerySingleAsync<(double CallWall, double PutWall, string Description)>(
            "SELECT call_wall, put_wall, description FROM dealer_context WHERE ticker = 'SPY' AND session_date = '2025-08-26'");
        Assert.That((spy.CallWall, spy.PutWall), Is.EqualTo((530.0, 480.0)), "most open interest: 5,000 calls at 530, 7,000 puts at 480");
        Assert.That(spy.Description, Is.EqualTo(new DealerContext("SPY", Session, 500, -1_250_000, 520, -0.42, "SHORT_GAMMA", 530, 480, "options-test").Describe()));
        Assert.That(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM dealer_context"), Is.EqualTo(2));
    }

    [Test]
    public async Task The_api_attaches_the_context_to_the_snapshot_of_the_same_session_only()
    {
        await CreateOptionsAsync();
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
