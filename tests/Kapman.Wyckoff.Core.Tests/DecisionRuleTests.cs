using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>docs/domain/wyckoff-scores.md#decision-rules (Seed 000 §11.4) boundaries, on the rules directly and through a constructed blow-off top.</summary>
public sealed class DecisionRuleTests
{
    [TestCase(24, 0, "EXIT", "BC_EXIT")]
    [TestCase(23, 0, "PREPARE", null)]
    [TestCase(20, 0, "PREPARE", null)]
    [TestCase(19, 0, null, null)]
    [TestCase(28, 12, "EXIT", "BC_EXIT")]
    [TestCase(20, 12, "PREPARE", null)]
    [TestCase(11, 9, "ENTRY", "SPRING_ENTRY")]
    [TestCase(12, 9, null, null)]
    [TestCase(11, 8, null, null)]
    [TestCase(0, 12, "ENTRY", "SPRING_ENTRY")]
    [TestCase(0, 0, null, null)]
    public void Signal_and_alert_follow_the_thresholds(int bc, int spring, string? signal, string? alert)
    {
        Assert.That(DecisionRules.Signal(bc, spring, true, WyckoffParameters.Default), Is.EqualTo(signal));
        Assert.That(DecisionRules.AlertKind(bc, spring, true, WyckoffParameters.Default), Is.EqualTo(alert));
    }

    /// <summary>Model 1.2.0: a Spring score of 9 or 12 is no entry while the Spring entry gate is closed.</summary>
    [TestCase(11, 9)]
    [TestCase(0, 12)]
    public void A_closed_spring_gate_blocks_the_entry_but_not_the_exits(int bc, int spring)
    {
        Assert.That(DecisionRules.Signal(bc, spring, false, WyckoffParameters.Default), Is.Null);
        Assert.That(DecisionRules.AlertKind(bc, spring, false, WyckoffParameters.Default), Is.Null);
        Assert.That(DecisionRules.Signal(24, spring, false, WyckoffParameters.Default), Is.EqualTo("EXIT"));
        Assert.That(TradeSignalRules.Signal(bc, spring, false, [], 40, WyckoffParameters.Default), Is.Null);
        Assert.That(TradeSignalRules.Signal(bc, spring, true, [], 40, WyckoffParameters.Default), Is.EqualTo("ENTRY_SETUP"));
    }

    [Test]
    public void Thresholds_come_from_the_parameters()
    {
        var strict = WyckoffParameters.Default with { ExitBcScore = 28, PrepareBcScore = 24, EntrySpringScore = 12 };

        Assert.That(DecisionRules.Signal(24, 0, true, strict), Is.EqualTo("PREPARE"));
        Assert.That(DecisionRules.AlertKind(24, 0, true, strict), Is.Null);
        Assert.That(DecisionRules.Signal(0, 9, true, strict), Is.Null);
    }

    // 26 bars rising by 1 from 100 (bar 25 on 40,000 shares), bar 26 slips 0.1 on 40,000 shares, bars 27-29
    // rise to 128 on 1,000. OBV peaks at 65,000 on bar 25 and is 28,000 after bar 29. The 20 sessions
    // before the session average (18 * 1000 + 2 * 40000) / 20 = 4,900 shares.
    // Session: close 135.04 (+5.5%), high 143, low 133 (range 7.4% of the close, close at 20%), a new high
    // that closes 5.6% below it, a new closing high with OBV 28,000 + volume below 65,000, RSI far above 70
    // and slow %K (96.15 + 96.15 + 69.96) / 3 = 87.4.
    private static WyckoffSnapshot BlowOff(double sessionVolume)
    {
        var builder = new SeriesBuilder();
        for (var i = 0; i <= 25; i++)
        {
            builder.Add(100.5 + i, 99.5 + i, 100 + i, i == 25 ? 40000 : 1000);
        }

        builder.Add(125.4, 124.4, 124.9, 40000);
        for (var close = 126d; close <= 128; close++)
        {
            builder.Add(close + 0.5, close - 0.5, close);
        }

        return builder.Add(143, 133, 135.04, sessionVolume).Analyze();
    }

    [Test]
    public void A_blow_off_top_scores_24_and_signals_exit()
    {
        // Volume 12,000 / 4,900 = 2.45x.
        var snapshot = BlowOff(12000);

        Assert.That(snapshot.Bc.Signals.Where(s => s.Points == 4).Select(s => s.Name), Is.EquivalentTo(new[]
        {
            "Parabolic Price", "Volume Explosion", "Wide Range Bars", "Overbought", "Volume Divergence", "Behavior at Highs",
        }));
        Assert.That(snapshot.Bc.Total, Is.EqualTo(24));
        Assert.That(snapshot.Bc.Max, Is.EqualTo(28));
        Assert.That(snapshot.Signal, Is.EqualTo("EXIT"));
        Assert.That(snapshot.AlertKind, Is.EqualTo("BC_EXIT"));
        Assert.That(snapshot.TradeSignal, Is.EqualTo("EXIT_IMMEDIATELY"));
        Assert.That(snapshot.CompositeScore, Is.EqualTo(Math.Round((snapshot.Spring.Total / 12.0) - (24 / 28.0), 3)));
    }

    [Test]
    public void The_same_top_without_a_volume_explosion_scores_20_and_prepares()
    {
        // Volume 9,000 / 4,900 = 1.84x.
        var snapshot = BlowOff(9000);

        Assert.That(snapshot.Bc.Named("Volume Explosion").Points, Is.Zero);
        Assert.That(snapshot.Bc.Total, Is.EqualTo(20));
        Assert.That(snapshot.Signal, Is.EqualTo("PREPARE"));
        Assert.That(snapshot.AlertKind, Is.Null);
        Assert.That(snapshot.TradeSignal, Is.EqualTo("PREPARE_EXIT"));
    }
}
