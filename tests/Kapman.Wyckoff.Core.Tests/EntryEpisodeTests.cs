using Kapman.MarketData;
using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>
/// The Spring entry rules of model 1.2.0 on real SPY sessions, each analysed on the 200 calendar days before
/// it as the daily run does. Model 1.1.0 took support as the lowest low of the 20 prior bars and signalled
/// ENTRY_SETUP inside both crashes (measured with the 1.1.0 code: 2008-09-16, 09-18, 09-30, 10-01, 10-13;
/// 2020-03-02, 03-10, 03-17, 03-18, 03-19, 03-24; the previous round's note lists 2020-03-17..19).
/// </summary>
public sealed class EntryEpisodeTests
{
    private const int LookbackCalendarDays = 200;
    private static readonly Lazy<IReadOnlyList<Bar>> Lean = new(() => DataFiles.ReadLeanDaily("SPY"));
    private static readonly string?[] EntrySignals = ["ENTRY", "ENTRY_SETUP", "SPRING_ENTRY", "STRONG_ENTRY"];

    private static Dictionary<DateOnly, WyckoffSnapshot> Sessions(IReadOnlyList<Bar> bars, DateOnly from, DateOnly to) =>
        bars.Where(b => b.Date >= from && b.Date <= to).ToDictionary(
            b => b.Date,
            b => WyckoffAnalyzer.Analyze(
                "SPY", bars.Where(x => x.Date <= b.Date && x.Date >= b.Date.AddDays(-LookbackCalendarDays)).ToArray(), WyckoffParameters.Default));

    private static string[] Entries(Dictionary<DateOnly, WyckoffSnapshot> sessions) =>
        sessions.Where(s => EntrySignals.Contains(s.Value.Signal) || EntrySignals.Contains(s.Value.AlertKind) ||
                            EntrySignals.Contains(s.Value.TradeSignal))
            .Select(s => $"{s.Key:yyyy-MM-dd} {s.Value.TradeSignal}").ToArray();

    /// <summary>
    /// From the 02-24 break to the 03-23 low and the AR after it (confirmed 03-27), SPY lost about a third: the SCs of
    /// 03-09 and 03-12 open ranges whose AR never came before a lower low, so no support is established, and
    /// the 03-17..19 bounces (+6 % on 03-17) are not springs.
    /// </summary>
    [Test]
    public void No_entry_signal_in_the_march_2020_crash()
    {
        var sessions = Sessions(Lean.Value, new DateOnly(2020, 2, 24), new DateOnly(2020, 4, 15));

        Assert.That(sessions, Has.Count.EqualTo(37));
        Assert.That(Entries(sessions), Is.Empty);
        foreach (var day in new[] { 17, 18, 19 })
        {
            Assert.That(sessions[new DateOnly(2020, 3, day)].Spring.Named("Support Break").Reason, Is.EqualTo(
                "no established support yet: the selling climax of 2020-03-12 has no automatic rally (the decline is not over)"));
        }
    }

    /// <summary>
    /// 2008-09-29 (House rejects the TARP bill, S&amp;P 500 −8.8 %) made a new low on heavy volume, an SOW; 09-30
    /// re-entered to 116.54, yet SPY fell to 83.58 by 10-10. Since issue 21 the 09-18 reversal (low 113.82) is no
    /// selling climax: its decline from the 60-session high close is under 12 ATR, so no range and no support
    /// stand, and 09-30 scores no support break. Nothing in the crash is an entry.
    /// </summary>
    [Test]
    public void No_entry_signal_in_the_october_2008_crash()
    {
        var sessions = Sessions(Lean.Value, new DateOnly(2008, 9, 15), new DateOnly(2008, 11, 10));

        Assert.That(Entries(sessions), Is.Empty);
        Assert.That(sessions[new DateOnly(2008, 9, 29)].Events.Select(e => e.Code), Has.Member("SOW"));
        var september30 = sessions[new DateOnly(2008, 9, 30)];
        Assert.That(september30.Spring.Total, Is.LessThan(WyckoffParameters.Default.EntrySpringScore));
        Assert.That(september30.Spring.Named("Support Break").Reason, Does.StartWith("no established support"));
    }

    /// <summary>From the first tariff crash day (2025-04-03) to ten sessions after the 04-07 low: no entry.</summary>
    [Test]
    public void No_entry_signal_in_the_april_2025_sell_off()
    {
        var bars = DataFiles.ReadFlatFiles("SPY", new DateOnly(2024, 9, 1), new DateOnly(2025, 4, 23));

        var sessions = Sessions(bars, new DateOnly(2025, 4, 3), new DateOnly(2025, 4, 21));

        Assert.That(sessions, Has.Count.EqualTo(12));
        Assert.That(Entries(sessions), Is.Empty);
    }

    /// <summary>
    /// The rules still catch a textbook spring: on 2011-10-04 the S&amp;P 500 undercut its August lows intraday
    /// (SPY 107.43) and reversed in the last hour to close up 2.3 %, the low of the 2011 correction.
    /// </summary>
    [Test]
    public void The_october_2011_low_is_a_spring_and_an_entry_setup()
    {
        var october4 = Sessions(Lean.Value, new DateOnly(2011, 10, 4), new DateOnly(2011, 10, 4)).Single().Value;

        Assert.That(october4.Events.Select(e => e.Code), Has.Member("SPRING"));
        Assert.That((october4.Signal, october4.AlertKind, october4.TradeSignal), Is.EqualTo(("ENTRY", "SPRING_ENTRY", "ENTRY_SETUP")));
        Assert.That(october4.Spring.Named("Quick Recovery").Points, Is.EqualTo(3));
    }
}
