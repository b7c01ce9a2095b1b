using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>Overbought (RSI and slow %K), Sentiment Extreme and the minimum-history rule.</summary>
public sealed class OverboughtAndHistoryTests
{
    private const string Overbought = "Overbought";

    // Closes 100, 101, ... rise by 1 a bar: every change is a gain, so RSI(14) = 100. With low = close - 0.5
    // and high = close + a, the 14-bar highest high is today's and the lowest low is 13 bars back, so
    // fast %K = 13.5 / (13.5 + a) on every bar and slow %K equals it: a = 3 → 81.82, a = 4 → 77.14.
    [TestCase(3, 4, "slow %K 81.82 (> 80)")]
    [TestCase(4, 0, "slow %K 77.14 (not > 80)")]
    public void Overbought_needs_slow_k_above_80(double above, int points, string reason)
    {
        var signal = new SeriesBuilder().Trend(30, 100, 1, above, 0.5).Analyze().Bc.Named(Overbought);

        Assert.That(signal.Points, Is.EqualTo(points));
        Assert.That(signal.Reason, Does.StartWith("RSI(14) 100.00 (> 70)"));
        Assert.That(signal.Reason, Does.EndWith(reason));
    }

    // 29 bars rising by 1 (avgGain 1, avgLoss 0), then a drop of d: avgGain 13/14, avgLoss d/14, so
    // RSI = 100 * 13 / (13 + d). Fast %K was 13.5 / 14 = 96.43 on the rising bars; after the drop it is
    // (128 - d - 115.5) / 13 (highest high 128.5 the day before, lowest low 115.5 on bar 16), so
    // slow %K = (2 * 96.43 + that) / 3.
    // d = 5: RSI 72.22, slow %K 83.52 → scores; d = 6: RSI 68.42, slow %K 80.95 → RSI misses.
    [TestCase(5, 4, "RSI(14) 72.22 (> 70) and slow %K 83.52 (> 80)")]
    [TestCase(6, 0, "RSI(14) 68.42 (not > 70) and slow %K 80.95 (> 80)")]
    public void Overbought_needs_rsi_above_70(double drop, int points, string reason)
    {
        var builder = new SeriesBuilder().Trend(29, 100, 1);
        var close = builder.LastClose - drop;
        var signal = builder.Add(close + 0.5, close - 0.5, close).Analyze().Bc.Named(Overbought);

        Assert.That(signal.Points, Is.EqualTo(points));
        Assert.That(signal.Reason, Is.EqualTo(reason));
    }

    [Test]
    public void Sentiment_always_scores_zero()
    {
        var signal = new SeriesBuilder().Trend(30, 100, 1).Analyze().Bc.Named("Sentiment Extreme");

        Assert.That(signal.Points, Is.Zero);
        Assert.That(signal.MaxPoints, Is.EqualTo(4));
        Assert.That(signal.Reason, Is.EqualTo("no sentiment source configured"));
    }

    [Test]
    public void Fewer_than_21_bars_score_zero_with_the_reason()
    {
        var snapshot = new SeriesBuilder().Flat(19).Add(130, 100, 101, 50000).Analyze();

        Assert.That(snapshot.Bc.Signals, Has.Count.EqualTo(7));
        Assert.That(snapshot.Spring.Signals, Has.Count.EqualTo(4));
        Assert.That(snapshot.Bc.Signals.Concat(snapshot.Spring.Signals), Has.All.Matches<ScoreSignal>(
            s => s.Points == 0 && s.Reason == "insufficient history: 20 bars (< 21)"));
        Assert.That(snapshot.Bc.Max, Is.EqualTo(28));
        Assert.That(snapshot.Spring.Max, Is.EqualTo(12));
        Assert.That(snapshot.Events, Is.Empty);
        Assert.That(snapshot.Signal, Is.Null);
        Assert.That(snapshot.AlertKind, Is.Null);
    }

    [Test]
    public void Twenty_one_bars_are_enough_to_score()
    {
        var snapshot = new SeriesBuilder().Flat(20).Add(101, 99, 100, 2001).Analyze();

        Assert.That(snapshot.Bc.Named("Volume Explosion").Points, Is.EqualTo(4));
        Assert.That(snapshot.Bc.Signals, Has.None.Matches<ScoreSignal>(s => s.Reason.StartsWith("insufficient", StringComparison.Ordinal)));
    }

    [Test]
    public void Scores_list_the_signals_in_seed_order()
    {
        var snapshot = new SeriesBuilder().Flat(30).Analyze();

        Assert.That(snapshot.Bc.Signals.Select(s => s.Name), Is.EqualTo(new[]
        {
            "Parabolic Price", "Volume Explosion", "Wide Range Bars", "Overbought", "Volume Divergence",
            "Behavior at Highs", "Sentiment Extreme",
        }));
        Assert.That(snapshot.Spring.Signals.Select(s => s.Name), Is.EqualTo(new[]
        {
            "Support Break", "Quick Recovery", "Low Volume", "Bullish Close",
        }));
        Assert.That(snapshot.ModelVersion, Is.EqualTo("wyckoff-1.5.0"));
        Assert.That(snapshot.SessionDate, Is.EqualTo(new DateOnly(2024, 1, 30)));
    }

    [Test]
    public void Invalid_input_is_rejected()
    {
        var bars = new SeriesBuilder().Flat(25).Build();
        var unsorted = bars.Reverse().ToArray();
        var badBar = bars.Select((b, i) => i == 5 ? b with { High = b.Low - 1 } : b).ToArray();

        Assert.That(() => WyckoffAnalyzer.Analyze("X", [], WyckoffParameters.Default), Throws.ArgumentException);
        Assert.That(() => WyckoffAnalyzer.Analyze("X", unsorted, WyckoffParameters.Default), Throws.ArgumentException);
        Assert.That(() => WyckoffAnalyzer.Analyze("X", badBar, WyckoffParameters.Default), Throws.ArgumentException);
        Assert.That(() => WyckoffAnalyzer.Analyze("", bars, WyckoffParameters.Default), Throws.ArgumentException);
        Assert.That(() => WyckoffAnalyzer.Analyze("X", bars, WyckoffParameters.Default with { MinimumBars = 20 }), Throws.ArgumentException);
    }
}
