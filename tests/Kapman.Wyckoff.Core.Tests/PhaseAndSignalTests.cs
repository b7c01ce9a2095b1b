using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>Phase A-E, the events JSON sequence fields, the §17.2 trade signals and recomputation.</summary>
public sealed class PhaseAndSignalTests
{
    private static WyckoffSnapshot Last(Accumulation series) => WyckoffAnalyzer.Analyze("T", series.Bars, WyckoffParameters.Default);

    [Test]
    public void After_the_automatic_rally_the_phase_is_accumulation_at_step_two()
    {
        var snapshot = Last(new Accumulation());

        var ar = WyckoffAnalyzer.Timeline(new Accumulation().Bars, WyckoffParameters.Default).Single(e => e.Code == "AR");
        Assert.That((snapshot.Phase.Phase, snapshot.Phase.SubStage), Is.EqualTo(("A", "AR")));
        Assert.That(snapshot.Phase.Sequence.SequencePosition, Is.EqualTo(2));
        Assert.That(snapshot.Phase.Sequence.ExpectedNext, Is.EqualTo(new[] { "ST", "SPRING" }));
        Assert.That(snapshot.Phase.Sequence.PatternCompletionPct, Is.EqualTo(0.286), "2 of 7 steps");
        Assert.That(snapshot.Phase.Score, Is.EqualTo(0.286));
        Assert.That(snapshot.Phase.Confidence, Is.EqualTo(Math.Round(ar.Confidence, 3)));
    }

    // Spring (as in AccumulationEventTests), then bar 98: high 119, low 116, close 118.8 on 5,000, above the
    // 20-bar high 116.5 with a true range of 5.4 against ranges of 1 (SMA20 is lower than 5 bars ago: no BC).
    private static Accumulation SpringThenSos() =>
        new Accumulation().Range(45).Add(113, 111, 111.5, 900).Add(114, 111.2, 113.6, 3000).Add(119, 116, 118.8, 5000);

    [Test]
    public void A_spring_confirmed_by_a_sign_of_strength_is_a_strong_entry_at_step_five()
    {
        var snapshot = Last(SpringThenSos());

        Assert.That(snapshot.Events.Select(e => e.Code), Is.EqualTo(new[] { "SOS" }));
        Assert.That(snapshot.TradeSignal, Is.EqualTo("STRONG_ENTRY"));
        Assert.That((snapshot.Phase.Phase, snapshot.Phase.SubStage), Is.EqualTo(("A", "SOS")));
        Assert.That(snapshot.Phase.Sequence.SequencePosition, Is.EqualTo(5));
        Assert.That(snapshot.Phase.Sequence.ExpectedNext, Is.EqualTo(new[] { "LPS", "BU" }), "seed 000 §5.3's example");
    }

    // After the SOS (close 118.8), further closes above the AR high of 117: three in a row are out of the range.
    [TestCase(1, "A", TestName = "Two closes in a row above the AR high: still accumulation")]
    [TestCase(2, "B", TestName = "Three closes in a row above the AR high: the range is left, markup")]
    public void Closes_above_the_automatic_rally_high_end_the_accumulation_range(int barsAfterSos, string phase)
    {
        var series = SpringThenSos();
        for (var k = 0; k < barsAfterSos; k++)
        {
            series.Add(120, 118, 119.5, 1500);
        }

        var snapshot = Last(series);

        Assert.That(snapshot.Phase.Phase, Is.EqualTo(phase));
    }

    [Test]
    public void A_fall_back_into_the_range_is_accumulation_again()
    {
        var series = SpringThenSos().Add(120, 118, 119.5, 1500).Add(120, 118, 119.5, 1500).Add(118, 115, 116, 1500);

        Assert.That((Last(series).Phase.Phase, Last(series).Phase.SubStage), Is.EqualTo(("A", "SOS")));
    }

    [Test]
    public void The_range_exit_takes_the_configured_number_of_closes()
    {
        var series = SpringThenSos().Add(120, 118, 119.5, 1500);

        var snapshot = WyckoffAnalyzer.Analyze("T", series.Bars, WyckoffParameters.Default with { RangeExitBars = 2 });

        Assert.That(snapshot.Phase.Phase, Is.Not.EqualTo("A"));
    }

    [TestCase(1, "STRONG_ENTRY", TestName = "STRONG_ENTRY with the spring 1 bar before the SOS and a window of 1")]
    [TestCase(0, "ENTRY_SETUP", TestName = "No STRONG_ENTRY when the spring lies outside the window; the Spring score still sets up an entry")]
    public void The_spring_must_lie_within_the_signal_window(int window, string? signal)
    {
        var snapshot = WyckoffAnalyzer.Analyze("T", SpringThenSos().Bars, WyckoffParameters.Default with { SignalWindowBars = window });

        Assert.That(snapshot.TradeSignal, Is.EqualTo(signal));
    }

    [Test]
    public void Test_counts_as_the_spring_step_and_distribution_events_use_their_own_schematic()
    {
        var test = EventSequence.After("TEST", distribution: false);
        Assert.That((test.SequencePosition, test.PatternCompletionPct), Is.EqualTo((4, 0.571)), "4 of 7 steps, as SPRING");
        Assert.That(test.ExpectedNext, Is.EqualTo(new[] { "SOS", "LPS" }));
        var sow = EventSequence.After("SOW", distribution: true);
        Assert.That((sow.SequencePosition, sow.PatternCompletionPct), Is.EqualTo((5, 0.833)));
        Assert.That(sow.ExpectedNext, Is.EqualTo(new[] { "LPSY" }));
        Assert.That(EventSequence.After("SOS", distribution: true).SequencePosition, Is.Zero);
    }

    [Test]
    public void A_bar_below_a_recent_buying_climax_is_distribution()
    {
        // The BC of ClimaxEventTests (high 118.5 on bar 30), then a quiet bar closing at 117.
        var snapshot = new SeriesBuilder().Trend(30, 100, 0.5).Add(118.5, 114, 118, 2500).Add(118, 116.5, 117).Analyze();

        Assert.That((snapshot.Phase.Phase, snapshot.Phase.SubStage), Is.EqualTo(("D", "BC")));
        Assert.That(snapshot.Phase.Sequence.ExpectedNext, Is.EqualTo(new[] { "AR", "ST" }));
        Assert.That(snapshot.Phase.Score, Is.EqualTo(0.167), "1 of 6 steps");
    }

    [TestCase(0.1, "B", 0.244, 0.592, TestName = "Rising closes are markup")]
    [TestCase(-0.1, "E", 0.246, 0.593, TestName = "Falling closes are markdown")]
    public void Trends_are_markup_or_markdown(double step, string phase, double score, double confidence)
    {
        // 40 closes from 100 by step. Rising: SMA20 102.95 vs 102.45 five bars back (+0.488 %, / 2 % = 0.244);
        // close 103.9 is 0.923 % above it (0.5 + 0.5 × 0.923 / 5 = 0.592). Falling: SMA20 97.05 vs 97.55
        // (−0.513 % → 0.256... rounded from 0.5 / 97.55 / 0.02 = 0.2563), close 96.1 is 0.979 % below.
        var snapshot = new SeriesBuilder().Trend(40, 100, step).Analyze();

        Assert.That((snapshot.Phase.Phase, snapshot.Phase.SubStage), Is.EqualTo((phase, "trend")));
        Assert.That(snapshot.Phase.Score, Is.EqualTo(step > 0 ? 0.244 : Math.Round(0.5 / 97.55 / 0.02, 3)));
        Assert.That(snapshot.Phase.Confidence, Is.EqualTo(step > 0 ? 0.592 : Math.Round(0.5 + (0.5 * (1 - (96.1 / 97.05)) / 0.05), 3)));
        Assert.That(score + confidence, Is.Positive);
    }

    [Test]
    public void Flat_closes_are_consolidation()
    {
        var snapshot = new SeriesBuilder().Flat(40).Analyze();

        Assert.That((snapshot.Phase.Phase, snapshot.Phase.SubStage, snapshot.Phase.Score, snapshot.Phase.Confidence),
            Is.EqualTo(("C", "range", 1.0, 0.5)));
        Assert.That(snapshot.TradeSignal, Is.Null);
        Assert.That(snapshot.CompositeScore, Is.Zero);
    }

    [Test]
    public void Recomputing_a_session_gives_a_byte_identical_snapshot()
    {
        static string Hash(IReadOnlyList<Kapman.MarketData.Bar> bars) => Convert.ToHexString(SHA256.HashData(
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(WyckoffAnalyzer.Analyze("T", bars, WyckoffParameters.Default)))));

        var series = SpringThenSos();

        Assert.That(Hash(series.Bars.ToList()), Is.EqualTo(Hash(series.Bars.ToArray())));
        Assert.That(Hash(series.Bars), Is.Not.EqualTo(Hash(series.Bars.Take(series.Count - 1).ToArray())), "the hash sees the content");
    }
}
