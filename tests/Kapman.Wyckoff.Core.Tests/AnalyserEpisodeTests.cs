using Kapman.MarketData;
using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>
/// The three episodes of the note as the offline analyser reports them (<see cref="SessionCsvWriter"/>: each
/// session on its 200 calendar days, as the daily run), where <see cref="RealDataTests"/> and
/// <see cref="FlatFileEpisodeTests"/> read the whole history. The dates are the market's: the 2008-10-10 capitulation
/// (low 83.58 on record volume), the 2020-03-12 circuit-breaker day and the rally off the 03-23 low that paused on
/// 03-27, the 2025-04-07 tariff low (481.80) and the 04-09 pause rally that faded on 04-10. No episode may show an
/// entry signal between the first crash day and ten sessions after the low.
/// </summary>
public sealed class AnalyserEpisodeTests
{
    private static readonly Lazy<IReadOnlyList<Bar>> Lean = new(() => DataFiles.ReadLeanDaily("SPY"));

    private static Dictionary<DateOnly, (string Phase, string Events, string Signal)> Rows(IReadOnlyList<Bar> bars, DateOnly from, DateOnly to) =>
        SessionCsvWriter.Write(bars, from, to, 200, WyckoffParameters.Default)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => DateOnly.ParseExact(f[0], "yyyy-MM-dd"), f => (f[1], f[5], f[6]));

    private static string[] Codes(string events) => events.Length == 0 ? [] : events.Split(';').Select(e => e.Split(':')[0]).ToArray();

    [Test]
    public void October_2008_window()
    {
        var rows = Rows(Lean.Value, new DateOnly(2008, 9, 26), new DateOnly(2008, 10, 24));

        Assert.That(rows, Has.Count.EqualTo(21), "±10 sessions around 2008-10-10");
        Assert.That(Codes(rows[new DateOnly(2008, 10, 10)].Events), Has.Member("SC"));
        Assert.That(rows.Where(r => r.Key > new DateOnly(2008, 10, 10) && r.Key <= new DateOnly(2008, 10, 17)).SelectMany(r => Codes(r.Value.Events)),
            Has.Member("AR"), "the 10-13/10-14 rally is the automatic rally");
        Assert.That(rows.Where(r => r.Key >= new DateOnly(2008, 10, 6)).Select(r => r.Value.Phase), Has.All.EqualTo("A"));
        Assert.That(rows.Where(r => r.Key >= new DateOnly(2008, 10, 6)).Select(r => r.Value.Signal), Has.None.Contains("ENTRY"));
    }

    [Test]
    public void March_2020_window()
    {
        var rows = Rows(Lean.Value, new DateOnly(2020, 2, 27), new DateOnly(2020, 4, 13));

        Assert.That(Codes(rows[new DateOnly(2020, 3, 12)].Events), Has.Member("SC"));
        var rally = rows.Where(r => r.Key >= new DateOnly(2020, 3, 24) && Codes(r.Value.Events).Contains("AR")).Select(r => r.Key).ToArray();
        Assert.That(rally, Has.Length.EqualTo(1).And.All.InRange(new DateOnly(2020, 3, 24), new DateOnly(2020, 4, 3)));
        Assert.That(rows.Select(r => r.Value.Signal), Has.None.Contains("ENTRY"));
    }

    [Test]
    public void April_2025_window()
    {
        var bars = DataFiles.ReadFlatFiles("SPY", new DateOnly(2024, 9, 1), new DateOnly(2025, 4, 23));

        var rows = Rows(bars, new DateOnly(2025, 3, 24), new DateOnly(2025, 4, 22));

        Assert.That(Codes(rows[new DateOnly(2025, 4, 7)].Events), Has.Member("SC"));
        Assert.That(Codes(rows[new DateOnly(2025, 4, 10)].Events), Has.Member("AR"));
        Assert.That(rows.Where(r => r.Key >= new DateOnly(2025, 4, 3)).Select(r => r.Value.Signal), Has.None.Contains("ENTRY"));
    }
}
