using Kapman.Recommendation.Core.Strategies;
using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests.Strategies;

/// <summary>Underlying-only calls: spot 200, default fractions (target 10 %, stop 5 %), window to the middle of 30-90 DTE (60 days).</summary>
public sealed class UnderlyingCallTests
{
    [Test]
    public void A_bullish_intent_targets_220_stops_at_190_and_is_scored_until_day_60()
    {
        var call = UnderlyingCall.From(new TradeIntent("LONG", "SELL", "CSP", "CSP", 0.6, "st", "ST"), 200, Session, StrategyParameters.Default);
        Assert.That(call, Is.EqualTo(new UnderlyingCall("LONG", 0.6, 200, 190, 220, new DateOnly(2025, 10, 25))).Using<UnderlyingCall>(Near));
    }

    [Test]
    public void A_bearish_intent_targets_180_and_stops_at_210()
    {
        var call = UnderlyingCall.From(new TradeIntent("SHORT", "HEDGE", "LONG_PUT", "LONG_PUT", 0.9, "bc", "BC_EXIT"), 200, Session, StrategyParameters.Default)!;
        Assert.That((call.Target, call.Stop), Is.EqualTo((180.0, 210.0)).Using<(double, double)>((a, b) => Math.Abs(a.Item1 - b.Item1) < 1e-9 && Math.Abs(a.Item2 - b.Item2) < 1e-9));
    }

    [Test]
    public void A_neutral_intent_makes_no_call() =>
        Assert.That(UnderlyingCall.From(new TradeIntent("NEUTRAL", "HOLD", null, null, 0, "none"), 200, Session, StrategyParameters.Default), Is.Null);

    [Test]
    public void A_spot_that_is_not_positive_is_rejected() =>
        Assert.That(() => UnderlyingCall.From(new TradeIntent("LONG", "BUY", "LONG_CALL", "LONG_CALL", 0.6, "s"), 0, Session, StrategyParameters.Default),
            Throws.TypeOf<ArgumentOutOfRangeException>());

    private static bool Near(UnderlyingCall a, UnderlyingCall b) =>
        a.Direction == b.Direction && a.WindowEnd == b.WindowEnd
        && new[] { a.Confidence - b.Confidence, a.Entry - b.Entry, a.Stop - b.Stop, a.Target - b.Target }.All(d => Math.Abs(d) < 1e-9);
}
