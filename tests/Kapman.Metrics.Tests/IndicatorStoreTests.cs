using Kapman.MarketData;
using Kapman.Metrics.Core;
using Kapman.Metrics.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Metrics.Tests;

/// <summary>Snapshots round-trip through metrics.indicators (typed columns, JSONB extras and null reasons) and the API queries.</summary>
public sealed class IndicatorStoreTests
{
    [Test]
    public async Task Snapshots_round_trip_and_a_rerun_replaces_rows()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("metrics", typeof(Kapman.Metrics.Data.IndicatorStore).Assembly);
        var bars = Enumerable.Range(0, 320)
            .Select(i => new Bar(new DateOnly(2024, 1, 1).AddDays(i), 100 + (i % 7), 102 + (i % 7), 99 + (i % 5), 100 + (i % 9), 1_000_000 + (1000 * (i % 11))))
            .ToArray();
        var full = Enumerable.Range(316, 4).Select(n => DailyIndicatorCalculator.Compute("AAA", bars[..n])).ToList();
        var young = DailyIndicatorCalculator.Compute("BBB", bars[..25]);
        await UpsertAsync(database, [.. full, young]);
        await UpsertAsync(database, [full[^1]]);

        var store = new IndicatorStore(database.DataSource);
        var session = await store.ForSessionAsync(full[^1].SessionDate, null, CancellationToken.None);
        var range = await store.ForTickerAsync("AAA", full[0].SessionDate, full[^1].SessionDate, CancellationToken.None);
        var latest = await store.LatestAsync(["BBB", "AAA", "ZZZ"], CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(session, Has.Count.EqualTo(1));
            AssertSame(session[0], full[^1]);
            Assert.That(range.Select(r => r.SessionDate), Is.EqualTo(full.Select(f => f.SessionDate)));
            AssertSame(range[1], full[1]);
            Assert.That(latest.Select(r => (r.Ticker, r.SessionDate)), Is.EqualTo(new[] { ("AAA", full[^1].SessionDate), ("BBB", young.SessionDate) }));
            AssertSame(latest[1], young);
            Assert.That(latest[1].Sma50, Is.Null);
            Assert.That(latest[1].NullReasons["sma_50"], Is.EqualTo("warming up: needs 50 sessions, has 25"));
        });
    }

    private static async Task UpsertAsync(ServiceTestDatabase database, IReadOnlyList<IndicatorSnapshot> snapshots)
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(database.DataSource, signal).BeginAsync(CancellationToken.None);
        await IndicatorStore.UpsertAsync(tx, snapshots, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    private static void AssertSame(IndicatorSnapshot actual, IndicatorSnapshot expected)
    {
        Assert.That(actual with { Extras = expected.Extras, NullReasons = expected.NullReasons }, Is.EqualTo(expected));
        Assert.That(actual.Extras, Is.EquivalentTo(expected.Extras));
        Assert.That(actual.NullReasons, Is.EquivalentTo(expected.NullReasons));
    }
}
