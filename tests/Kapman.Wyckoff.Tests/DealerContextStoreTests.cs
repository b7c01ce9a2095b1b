using Dapper;
using Kapman.Contracts;
using Kapman.MarketData;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// Dealer context: stored from the dealer metrics OptionMetricsComputed carries, attached by the API to the
/// snapshot of the same ticker and session, and turned into the snapshot's dealer features without changing its scores or events.
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

    /// <summary>40 flat daily bars through the session.</summary>
    private static readonly Bar[] Flat = [.. Enumerable.Range(0, 40).Select(i => new Bar(Session.AddDays(i - 39), 100, 101, 99, 100, 1000))];

    [SetUp]
    public Task CreateMarketTables() => MarketTables.CreateAsync(DataSource);

    private async Task<(int Contexts, int Snapshots)> CopyAsync()
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
        var count = await DealerContextStep.RunAsync(tx, new MarketBarReader(DataSource), WyckoffParameters.Default, Session, Announced, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return count;
    }

    /// <summary>The daily step over <paramref name="tickers"/>, each with <see cref="Flat"/> bars.</summary>
    private async Task AnalyseSessionAsync(params string[] tickers)
    {
        await MarketTables.CopyAsync(DataSource, tickers.SelectMany(t => Flat.Select(b => (t, b))));
        await AnalyseStoredBarsAsync();
    }

    /// <summary>The daily step over the stored bars, in a transaction of its own.</summary>
    private async Task AnalyseStoredBarsAsync()
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
        await WyckoffDailyStep.RunAsync(
            tx, new MarketBarReader(DataSource), WyckoffParameters.Default, new MarketSessionIngested(Guid.NewGuid(), Session, 0, 0, 0, "test"), CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    [Test]
    public async Task The_announced_context_is_stored_with_its_walls_and_its_sentence()
    {
        Assert.That(await CopyAsync(), Is.EqualTo((2, 0)), "SPY and ETSY; ZERO has no spot; no snapshot stored yet");
        Assert.That(await CopyAsync(), Is.EqualTo((2, 0)), "a rerun upserts");

        await using var connection = await DataSource.OpenConnectionAsync();
        var spy = await connection.QuerySingleAsync<(double CallWall, double PutWall, string Description)>(
            "SELECT call_wall, put_wall, description FROM dealer_context WHERE ticker = 'SPY' AND session_date = '2025-08-26'");
        Assert.That((spy.CallWall, spy.PutWall), Is.EqualTo((530.0, 480.0)));
        Assert.That(spy.Description, Is.EqualTo(new DealerContext("SPY", Session, 500, -1_250_000, 520, -0.42, "SHORT_GAMMA", 530, 480, "options-test").Describe()));
        Assert.That(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM dealer_context"), Is.EqualTo(2));
    }

    [Test]
    public async Task A_context_that_arrives_while_a_shard_is_open_waits_for_its_snapshots_and_brings_them_up_to_date()
    {
        await MarketTables.CopyAsync(DataSource, new[] { "SPY", "AAPL" }.SelectMany(t => Flat.Select(b => (t, b))));
        using var signal = new OutboxSignal();
        await using (var shard = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None))
        {
            await WyckoffDailyStep.RunShardAsync(
                shard, new MarketBarReader(DataSource), WyckoffParameters.Default, Guid.NewGuid(), Session, TickerShard.Whole, CancellationToken.None);
            var context = CopyAsync();
            await WaitUntilWaitingOrDoneAsync(context);
            await shard.CommitAsync(CancellationToken.None);
            Assert.That(await context, Is.EqualTo((2, 1)), "and then finds SPY's snapshot");
        }

        var rows = (await new SnapshotStore(DataSource).SnapshotsAsync(Session, CancellationToken.None)).ToDictionary(s => s.Ticker);
        Assert.That(rows["SPY"].Features!["dealer"]!["gammaSign"]!.GetValue<int>(), Is.EqualTo(-1));
    }

    [Test]
    public async Task A_shard_that_starts_while_a_context_is_open_waits_for_it_and_analyses_with_it()
    {
        await MarketTables.CopyAsync(DataSource, new[] { "SPY", "AAPL" }.SelectMany(t => Flat.Select(b => (t, b))));
        using var signal = new OutboxSignal();
        await using (var context = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None))
        {
            Assert.That(await DealerContextStep.RunAsync(
                context, new MarketBarReader(DataSource), WyckoffParameters.Default, Session, Announced, CancellationToken.None), Is.EqualTo((2, 0)));
            var shard = AnalyseStoredBarsAsync();
            await WaitUntilWaitingOrDoneAsync(shard);
            await context.CommitAsync(CancellationToken.None);
            await shard;
        }

        var rows = (await new SnapshotStore(DataSource).SnapshotsAsync(Session, CancellationToken.None)).ToDictionary(s => s.Ticker);
        Assert.That(rows["SPY"].Features!["dealer"]!["putWallGap"]!.GetValue<double>(), Is.EqualTo(-0.04).Within(1e-12), "480 / 500 - 1");
        Assert.That(rows["AAPL"].Features!["dealer"], Is.Null);
    }

    /// <summary>
    /// Waits until <paramref name="work"/> (the second transaction) is done or waits for an advisory lock of the test database: it has
    /// then read all it will read before the first transaction commits, so the test's outcome does not depend on timing.
    /// </summary>
    private async Task WaitUntilWaitingOrDoneAsync(Task work)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        await using var connection = await DataSource.OpenConnectionAsync();
        while (!work.IsCompleted && await connection.ExecuteScalarAsync<int>(
                   """
                   SELECT count(*) FROM pg_locks
                   WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                   """) == 0)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the second transaction neither finished nor waited within 30 s");
            await Task.Delay(50);
        }
    }

    [Test]
    public async Task The_api_attaches_the_context_to_the_snapshot_of_the_same_session_only()
    {
        await AnalyseSessionAsync("SPY", "AAPL");
        var before = (await new SnapshotStore(DataSource).SnapshotsAsync(Session, CancellationToken.None)).ToDictionary(s => s.Ticker);
        Assert.That(await CopyAsync(), Is.EqualTo((2, 1)), "SPY's stored snapshot is analysed again; ETSY has none");

        var rows = (await new SnapshotStore(DataSource).SnapshotsAsync(Session, CancellationToken.None)).ToDictionary(s => s.Ticker);

        Assert.That(before["SPY"].DealerContext, Is.Null);
        Assert.That(rows["SPY"].DealerContext!["position"]!.GetValue<string>(), Is.EqualTo("SHORT_GAMMA"));
        Assert.That(rows["SPY"].DealerContext!["callWall"]!.GetValue<double>(), Is.EqualTo(530));
        Assert.That(rows["SPY"].DealerContext!["description"]!.GetValue<string>(), Does.EndWith("context only, not scored."));
        Assert.That(rows["AAPL"].DealerContext, Is.Null, "no dealer metrics for AAPL");
        Assert.That((rows["SPY"].BcScore, rows["SPY"].SpringScore, rows["SPY"].EventsJson), Is.EqualTo((before["SPY"].BcScore, before["SPY"].SpringScore, before["SPY"].EventsJson)));
        Assert.That(before["SPY"].Features!["dealer"], Is.Null);
        Assert.That(rows["SPY"].Features!["dealer"]!["gammaSign"]!.GetValue<int>(), Is.EqualTo(-1), "dealers short gamma");
        Assert.That(rows["SPY"].Features!["dealer"]!["callWallGap"]!.GetValue<double>(), Is.EqualTo(0.06).Within(1e-12), "530 / 500 - 1");
        Assert.That(rows["AAPL"].Features!["dealer"], Is.Null);
        Assert.That(rows["AAPL"].FeaturesJson, Is.EqualTo(before["AAPL"].FeaturesJson), "AAPL's snapshot is left alone");
        var latest = await new TimelineStore(DataSource).LatestAsync("SPY", CancellationToken.None);
        Assert.That(latest!.DealerContext!["spot"]!.GetValue<double>(), Is.EqualTo(500));
    }
}
