using System.Text.Json;
using Kapman.MarketData;
using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>The analyzer on real SPY daily bars (LEAN raw daily, 1998-2021).</summary>
public sealed class RealDataTests
{
    private static readonly Lazy<IReadOnlyList<Bar>> Spy = new(() => DataFiles.ReadLeanDaily("SPY"));

    private static Bar[] HistoryThrough(DateOnly session) => Spy.Value.TakeWhile(b => b.Date <= session).ToArray();

    private static List<WyckoffEvent> SellingClimaxesBetween(DateOnly from, DateOnly to) =>
        Spy.Value.Where(b => b.Date >= from && b.Date <= to)
            .SelectMany(b => WyckoffAnalyzer.Analyze("SPY", HistoryThrough(b.Date), WyckoffParameters.Default).Events)
            .Where(e => e.Code == "SC")
            .ToList();

    [Test]
    public void The_file_covers_both_crashes()
    {
        Assert.That(Spy.Value, Has.Count.GreaterThan(5000));
        Assert.That(Spy.Value[0].Date, Is.LessThan(new DateOnly(2008, 1, 1)));
        Assert.That(Spy.Value[^1].Date, Is.GreaterThan(new DateOnly(2020, 4, 1)));
    }

    /// <summary>
    /// The October 2008 panic after the Lehman failure (the week of 2008-10-06 was the worst week in the
    /// S&amp;P 500's history, with capitulation into 10-10 and the late-October low) and the March 2020 COVID
    /// crash (2020-03-09 oil-price crash and 2020-03-12, both with market-wide circuit-breaker halts, down to
    /// the 2020-03-23 low) are the textbook selling climaxes of the data set: SC must show up in at least one.
    /// </summary>
    [Test]
    public void A_selling_climax_is_detected_in_the_2008_or_2020_panic()
    {
        var events = SellingClimaxesBetween(new DateOnly(2008, 10, 6), new DateOnly(2008, 10, 28));
        events.AddRange(SellingClimaxesBetween(new DateOnly(2020, 3, 9), new DateOnly(2020, 3, 23)));

        Assert.That(events, Is.Not.Empty);
        Assert.That(events, Has.All.Matches<WyckoffEvent>(e =>
            e.Confidence is >= 0.5 and <= 1 && e.Measurements["sma20_slope"] < 0 &&
            (e.VolumeRatio > 2 || (e.Measurements["tr_z"] >= 2 && e.Measurements["vol_z"] >= 2))));
    }

    private static WyckoffEvent[] EventsBetween(DateOnly from, DateOnly to) =>
        WyckoffAnalyzer.Timeline(HistoryThrough(to), WyckoffParameters.Default).Where(e => e.Date >= from).ToArray();

    /// <summary>
    /// Friday 2008-10-10 was the capitulation day of the crash: SPY fell to 83.58 in the first hour on record
    /// volume (792M shares) and closed at 90.45, off the low. Monday 2008-10-13 the S&amp;P 500 rose 11.6 %,
    /// its best day since 1939: the automatic rally, which peaked on 10-14 (high 105.53) and faded after.
    /// </summary>
    [Test]
    public void October_2008_capitulation_is_an_sc_followed_by_an_automatic_rally()
    {
        var events = EventsBetween(new DateOnly(2008, 10, 10), new DateOnly(2008, 10, 20));

        var sc = events.Single(e => e.Code == "SC");
        Assert.That(sc.Date, Is.EqualTo(new DateOnly(2008, 10, 10)));
        Assert.That(sc.PriceLevel, Is.EqualTo(83.58));
        var ar = events.Single(e => e.Code == "AR");
        Assert.That(ar.Date, Is.InRange(new DateOnly(2008, 10, 13), new DateOnly(2008, 10, 17)));
        Assert.That(ar.PriceLevel, Is.GreaterThan(100), "the 10-13/10-14 rally topped above 100");
    }

    /// <summary>
    /// March 2020: selling climaxes on the circuit-breaker days (03-09, 03-12, 03-16), the low on 03-23
    /// (218.26), then the sharpest rally in decades to the 03-26 high (262.80) before a pause on 03-27.
    /// </summary>
    [Test]
    public void March_2020_crash_ends_in_an_sc_and_an_automatic_rally_from_the_march_23_low()
    {
        var events = EventsBetween(new DateOnly(2020, 3, 9), new DateOnly(2020, 4, 3));

        Assert.That(events.Where(e => e.Code == "SC").Select(e => e.Date), Has.Member(new DateOnly(2020, 3, 12)));
        var ar = events.Single(e => e.Code == "AR");
        Assert.That(ar.Date, Is.InRange(new DateOnly(2020, 3, 24), new DateOnly(2020, 4, 3)));
        Assert.That(ar.Measurements["rally_pct"], Is.GreaterThan(0.15), "218.26 to above 251 is over 15 %");
        Assert.That(ar.Description, Does.Contain("above the climax low 218.27"));
    }

    [Test]
    public void Every_session_of_2020_is_analysed_without_error_and_within_the_score_ranges()
    {
        var sessions = Spy.Value.Where(b => b.Date.Year == 2020).Select(b => b.Date).ToArray();

        foreach (var session in sessions)
        {
            var snapshot = WyckoffAnalyzer.Analyze("SPY", HistoryThrough(session), WyckoffParameters.Default);
            Assert.That(snapshot.Bc.Total, Is.InRange(0, 28).And.EqualTo(snapshot.Bc.Signals.Sum(s => s.Points)));
            Assert.That(snapshot.Spring.Total, Is.InRange(0, 12).And.EqualTo(snapshot.Spring.Signals.Sum(s => s.Points)));
            Assert.That(snapshot.Bc.Signals.Concat(snapshot.Spring.Signals), Has.All.Matches<ScoreSignal>(
                s => (s.Points == 0 || s.Points == s.MaxPoints) && s.Reason.Length > 0));
        }
    }

    [Test]
    public void The_analyzer_is_deterministic()
    {
        var history = HistoryThrough(new DateOnly(2020, 3, 12));
        var copy = history.ToList();

        var first = WyckoffAnalyzer.Analyze("SPY", history, WyckoffParameters.Default);
        var second = WyckoffAnalyzer.Analyze("SPY", copy, WyckoffParameters.Default);

        // Records compare their lists by reference, so compare the full serialised content.
        Assert.That(JsonSerializer.Serialize(second), Is.EqualTo(JsonSerializer.Serialize(first)));
        Assert.That(first.Events, Is.Not.Empty, "the comparison should cover events too");
    }
}
