using Kapman.Wyckoff.Core.Features;
using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>The signal features beside the scores (issue 21 item 3): relative strength, volume-spread analysis, dealer context.</summary>
public sealed class SignalFeatureTests
{
    private static readonly DateOnly Session = new(2024, 2, 10);

    /// <summary>40 flat bars (high 101, low 99, volume 1000), then the session bar 2024-02-10: high 104, low 100, close 103, volume 3000.</summary>
    private static SeriesBuilder WideBar() => new SeriesBuilder().Flat(40).Add(104, 100, 103, 3000);

    [Test]
    public void Volume_spread_analysis_measures_the_session_bar_against_the_prior_20()
    {
        // Spread 4 against a mean of 2: 2x; volume 3000 against 1000: 3x; close (103 - 100) / 4 = 0.75;
        // effort vs result ln 2 - ln 3 = -0.4054651 (more effort than result).
        var vsa = WideBar().Analyze().Features!.Vsa;

        Assert.That(vsa.SpreadRatio, Is.EqualTo(2).Within(1e-12));
        Assert.That(vsa.VolumeRatio, Is.EqualTo(3).Within(1e-12));
        Assert.That(vsa.ClosePosition, Is.EqualTo(0.75).Within(1e-12));
        Assert.That(vsa.EffortResult, Is.EqualTo(-0.4054651).Within(1e-7));
    }

    [Test]
    public void Relative_strength_is_the_ticker_return_less_the_markets_over_20_sessions()
    {
        // Ticker: closes 100 + 0.1 i, 101.9 on bar 19 and 103.9 on bar 39: +1.96271 %. Market FAST: 100 + 0.2 i, 103.8 and
        // 107.8: +3.85356 %. FLAT: 0 %.
        var ticker = new SeriesBuilder().Trend(40, 100, 0.1).Build();
        var fast = MarketSeries.FromBars("FAST", new SeriesBuilder().Trend(40, 100, 0.2).Build());
        var flat = MarketSeries.FromBars("FLAT", new SeriesBuilder().Flat(40).Build());

        var weaker = WyckoffAnalyzer.Analyze("T", ticker, WyckoffParameters.Default, fast).Features!;
        var stronger = WyckoffAnalyzer.Analyze("T", ticker, WyckoffParameters.Default, flat).Features!;
        var none = WyckoffAnalyzer.Analyze("T", ticker, WyckoffParameters.Default).Features!;

        Assert.That(weaker.RelativeStrength, Is.EqualTo(-0.0189085).Within(1e-7));
        Assert.That(weaker.Market, Is.EqualTo("FAST"));
        Assert.That(stronger.RelativeStrength, Is.EqualTo(0.0196271).Within(1e-7));
        Assert.That((none.RelativeStrength, none.Market), Is.EqualTo(((double?)null, (string?)null)));
        // Trend bars: spread 1 and volume 1000 every day, closed mid-bar.
        Assert.That(stronger.CalibrationVector(), Is.EqualTo(new[] { 0.0196271, 0.5, 0, 0 }).Within(1e-7));
        Assert.That(none.CalibrationVector()[0], Is.EqualTo(0), "no market: the neutral 0");
    }

    [Test]
    public void The_calibration_vector_bounds_the_log_terms()
    {
        // Volume 1,000,000 against 1000: ln 1000 = 6.9 is bounded to 3; spread 4 vs 2: effort vs result ln 2 - ln 1000 = -6.2, bounded to -3.
        var features = new SeriesBuilder().Flat(40).Add(104, 100, 101, 1_000_000).Analyze().Features!;

        Assert.That(features.CalibrationVector(), Is.EqualTo(new[] { 0, 0.25, SignalFeatures.LogBound, -SignalFeatures.LogBound }).Within(1e-12));
        Assert.That(SignalFeatures.CalibrationInputs, Has.Count.EqualTo(features.CalibrationVector().Length));
    }

    [Test]
    public void Dealer_context_is_measured_only_where_a_chain_exists()
    {
        // Spot 100: 100 / 98 - 1 = 2.0408 % above the flip; call wall 110 (+10 %), put wall 95 (-5 %); dealers short gamma.
        var dealer = new DealerContext("TEST", Session, 100, -2_000_000, 98, -0.4, "SHORT_GAMMA", 110, 95, "options-1.0.0");

        var features = WyckoffAnalyzer.Analyze("TEST", WideBar().Build(), WyckoffParameters.Default, null, dealer).Features!;

        Assert.That(features.Dealer!.GammaSign, Is.EqualTo(-1));
        Assert.That(features.Dealer.FlipGap, Is.EqualTo(0.0204082).Within(1e-7));
        Assert.That(features.Dealer.CallWallGap, Is.EqualTo(0.10).Within(1e-12));
        Assert.That(features.Dealer.PutWallGap, Is.EqualTo(-0.05).Within(1e-12));
        Assert.That(WideBar().Analyze().Features!.Dealer, Is.Null, "no chain");
        var partial = DealerFeatures.From(dealer with { Position = null, GammaFlip = null, CallWall = null });
        Assert.That((partial.GammaSign, partial.FlipGap, partial.CallWallGap), Is.EqualTo((0, (double?)null, (double?)null)));
        Assert.That(partial.PutWallGap, Is.EqualTo(-0.05).Within(1e-12));
    }

    [Test]
    public void A_dealer_context_of_another_session_is_refused()
    {
        var stale = new DealerContext("TEST", Session.AddDays(-1), 100, 0, null, null, null, null, null, "options-1.0.0");

        Assert.That(() => WyckoffAnalyzer.Analyze("TEST", WideBar().Build(), WyckoffParameters.Default, null, stale), Throws.ArgumentException);
        Assert.That(() => WyckoffAnalyzer.Analyze("OTHER", WideBar().Build(), WyckoffParameters.Default, null, stale with { Ticker = "TEST", SessionDate = Session }),
            Throws.ArgumentException);
    }

    [Test]
    public void Features_change_no_score_event_or_signal_and_the_model_is_versioned()
    {
        var bars = WideBar().Build();
        var market = MarketSeries.FromBars("FLAT", new SeriesBuilder().Flat(41).Build());
        var dealer = new DealerContext("TEST", Session, 100, 5e6, null, 0.5, "LONG_GAMMA", null, null, "options-1.0.0");

        var plain = WyckoffAnalyzer.Analyze("TEST", bars, WyckoffParameters.Default);
        var full = WyckoffAnalyzer.Analyze("TEST", bars, WyckoffParameters.Default, market, dealer);

        Assert.That((full.Bc.Total, full.Spring.Total, full.Signal, full.AlertKind, full.TradeSignal, full.Phase, full.CompositeScore),
            Is.EqualTo((plain.Bc.Total, plain.Spring.Total, plain.Signal, plain.AlertKind, plain.TradeSignal, plain.Phase, plain.CompositeScore)));
        Assert.That(full.Events, Is.EqualTo(plain.Events));
        Assert.That(full.ModelVersion, Is.EqualTo("wyckoff-1.5.0"));
        Assert.That(new SeriesBuilder().Flat(10).Analyze().Features, Is.Null, "too short a history");
    }
}
