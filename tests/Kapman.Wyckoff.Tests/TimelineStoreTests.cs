using Kapman.MarketData;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Tests;

/// <summary>The docs/domain/data-contracts.md#wyckoff-http-reads (seed 000 §7.1) reads over stored snapshots of three hand-built tickers.</summary>
public sealed class TimelineStoreTests : DatabaseTest
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    // Bars on consecutive calendar days ending on `end`; open = previous close clamped into the range.
    private static Bar[] Series(List<(double High, double Low, double Close, double Volume)> rows, DateOnly end)
    {
        var bars = new Bar[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var (high, low, close, volume) = rows[i];
            var open = i == 0 ? close : Math.Clamp(rows[i - 1].Close, low, high);
            bars[i] = new Bar(end.AddDays(i - rows.Count + 1), open, high, low, close, volume);
        }

        return bars;
    }

    // 30 bars falling by 0.5 from 130 (high/low ±0.5, volume 1,000), then the selling climax of the Core
    // tests: high 116, low 112.5, close 112.7 on 2,500 (2.5 × volume, TR 3.5 ≈ 2.97 ATR, close at 5.7 %).
    private static Bar[] SellingClimax() => Series(
        [.. Enumerable.Range(0, 30).Select(i => (130.5 - (0.5 * i), 129.5 - (0.5 * i), 130 - (0.5 * i), 1000d)), (116, 112.5, 112.7, 2500)], Session);

    // The blow-off top of the Core tests' DecisionRuleTests: BC score 24 (six signals of docs/domain/wyckoff-scores.md#bc-score (seed 000 §11.2)).
    private static Bar[] BlowOff()
    {
        var rows = Enumerable.Range(0, 26).Select(i => (100.5 + i, 99.5 + i, 100d + i, i == 25 ? 40000d : 1000d)).ToList();
        rows.Add((125.4, 124.4, 124.9, 40000));
        rows.AddRange(new[] { 126d, 127, 128 }.Select(c => (c + 0.5, c - 0.5, c, 1000d)));
        rows.Add((143, 133, 135.04, 12000));
        return Series(rows, Session);
    }

    private static Bar[] Rising(DateOnly end) => Series([.. Enumerable.Range(0, 40).Select(i => (100.5 + (0.1 * i), 99.5 + (0.1 * i), 100 + (0.1 * i), 1000d))], end);

    [SetUp]
    public async Task StoreSnapshots()
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
        foreach (var (ticker, bars) in new[] { ("XYZ", SellingClimax()), ("TOP", BlowOff()), ("SPY", Rising(Session.AddDays(-1))), ("SPY", Rising(Session)) })
        {
            await SnapshotStore.UpsertAsync(tx, WyckoffAnalyzer.Analyze(ticker, bars, WyckoffParameters.Default), CancellationToken.None);
        }

        await tx.CommitAsync(CancellationToken.None);
    }

    [Test]
    public async Task Latest_and_history_of_a_ticker()
    {
        var store = new TimelineStore(DataSource);

        Assert.That((await store.LatestAsync("SPY", CancellationToken.None))!.SessionDate, Is.EqualTo(Session));
        Assert.That(await store.LatestAsync("NONE", CancellationToken.None), Is.Null);
        Assert.That((await store.HistoryAsync("SPY", null, null, CancellationToken.None)).Select(s => s.SessionDate),
            Is.EqualTo(new[] { Session.AddDays(-1), Session }));
        Assert.That(await store.HistoryAsync("SPY", Session, null, CancellationToken.None), Has.Exactly(1).Items);
    }

    [Test]
    public async Task Score_history_has_the_charted_columns_of_each_session_oldest_first()
    {
        var store = new TimelineStore(DataSource);

        var spy = (await store.ScoreHistoryAsync("SPY", null, null, CancellationToken.None)).ToList();
        Assert.That(spy.Select(s => (s.SessionDate, s.Phase)), Is.EqualTo(new[] { (Session.AddDays(-1), "B"), (Session, "B") }),
            "the rising series is phase B (markup) on both sessions");
        Assert.That(await store.ScoreHistoryAsync("SPY", Session, null, CancellationToken.None), Has.Exactly(1).Items);
        var top = (await store.ScoreHistoryAsync("TOP", null, Session, CancellationToken.None)).Single();
        Assert.That((top.BcScore, top.Signal), Is.EqualTo((24, "EXIT")));
        var xyz = (await store.ScoreHistoryAsync("XYZ", null, null, CancellationToken.None)).Single();
        Assert.That(xyz.Events!.AsArray().Select(e => e!["code"]!.GetValue<string>()), Is.EqualTo(new[] { "SC" }));
        Assert.That(await store.ScoreHistoryAsync("NONE", null, null, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Events_timeline_and_recent_events()
    {
        var store = new TimelineStore(DataSource);

        var timeline = (await store.TimelineAsync("XYZ", null, null, CancellationToken.None)).Single();
        Assert.That((timeline.Code, timeline.SessionDate, timeline.PriceLevel), Is.EqualTo(("SC", Session, 112.5)));
        Assert.That(timeline.Description, Does.StartWith("Selling climax at 112.50"));
        var recent = await store.RecentAsync(1, CancellationToken.None);
        Assert.That(recent.Select(e => (e.Ticker, e.Code)), Has.Member(("XYZ", "SC")));
        Assert.That(recent, Has.All.Matches<EventDto>(e => e.SessionDate == Session));
    }

    [Test]
    public async Task Latest_session_snapshots_filtered_by_signal_are_the_blow_off_exit_only()
    {
        var store = new SnapshotStore(DataSource);

        var all = await store.SnapshotsAsync(null, CancellationToken.None);
        Assert.That(all.Select(s => (s.Ticker, s.SessionDate)), Is.EquivalentTo(new[] { ("TOP", Session), ("XYZ", Session), ("SPY", Session) }),
            "the latest session only, one row per ticker");
        var alerting = await store.SnapshotsAsync(null, ["EXIT", "PREPARE", "ENTRY"], CancellationToken.None);
        Assert.That(alerting.Select(s => (s.Ticker, s.Signal, s.BcScore)), Is.EqualTo(new[] { ("TOP", (string?)"EXIT", 24) }));
        Assert.That(await store.SnapshotsAsync(Session.AddDays(-1), ["EXIT"], CancellationToken.None), Is.Empty);
        Assert.That((await store.SnapshotsAsync(Session.AddDays(-1), [], CancellationToken.None)).Select(s => s.Ticker), Is.EqualTo(new[] { "SPY" }));
    }

    [Test]
    public async Task Active_alerts_are_the_exit_and_strong_entry_signals()
    {
        var alerts = await new TimelineStore(DataSource).ActiveAlertsAsync(null, CancellationToken.None);

        Assert.That(alerts, Is.EqualTo(new[] { new ActiveAlertDto("TOP", Session, "EXIT_IMMEDIATELY", 24, alerts.Single().SpringScore) }));
    }
}
