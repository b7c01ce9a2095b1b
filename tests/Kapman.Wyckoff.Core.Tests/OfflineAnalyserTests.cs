using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>The offline analyser's CSV input and output (issue 5 §9).</summary>
public sealed class OfflineAnalyserTests
{
    [Test]
    public void Reads_the_bar_file()
    {
        var bars = BarCsvReader.Read(new StringReader("Date,Open,High,Low,Close,Volume\n2024-01-02,10,11.5,9.5,11,1200\n\n2024-01-03,11,12,10.5,11.8,900.5\n"));

        Assert.That(bars, Has.Count.EqualTo(2));
        Assert.That(bars[1], Is.EqualTo(new MarketData.Bar(new DateOnly(2024, 1, 3), 11, 12, 10.5, 11.8, 900.5)));
    }

    [TestCase("date,open,high,low,close\n", "Line 1 must be", TestName = "A wrong header is rejected")]
    [TestCase("date,open,high,low,close,volume\n2024-01-02,10,11,9,10,1\n2024/01/03,10,11,9,10,1\n", "Line 3 is not", TestName = "A bad date is reported with its line")]
    [TestCase("date,open,high,low,close,volume\n2024-01-02,10,11,9,10\n", "Line 2 is not", TestName = "A short line is reported")]
    public void Rejects_malformed_input(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => BarCsvReader.Read(new StringReader(text)));

        Assert.That(error!.Message, Does.StartWith(message));
    }

    [Test]
    public void Writes_one_row_per_session_with_events_and_confidence()
    {
        // The accumulation: SC on bar 50 (2024-02-20), AR on bar 54 (2024-02-24) with confidence
        // 0.5 + 0.25 × (3.818 / 2 − 1) + 0.25 × 0.6 = 0.877.
        var csv = SessionCsvWriter.Write(new Accumulation().Bars, new DateOnly(2024, 2, 20), null, 200, WyckoffParameters.Default);

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("date,phase,bc_score,spring_score,composite,events,signal"));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(new[] { "2024-02-20", "2024-02-21", "2024-02-22", "2024-02-23", "2024-02-24" }));
        Assert.That(lines[1].Split(',')[5], Does.Match(@"^SC:0\.\d\d$"));
        var ar = lines[5].Split(',');
        Assert.That((ar[1], ar[5]), Is.EqualTo(("A", "AR:0.88")));
        Assert.That(int.Parse(ar[2]) is >= 0 and <= 28 && int.Parse(ar[3]) is >= 0 and <= 12, Is.True);
        Assert.That(ar[4], Does.Match(@"^-?\d\.\d{3}$"));
    }

    [Test]
    public void Each_session_sees_only_the_lookback_window()
    {
        // With 10 calendar days, no session has the 21 bars the analysis needs: no events, phase C.
        var csv = SessionCsvWriter.Write(new Accumulation().Bars, null, new DateOnly(2024, 2, 24), 10, WyckoffParameters.Default);

        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.That(rows, Has.Length.EqualTo(55));
        Assert.That(rows.Select(r => (r[1], r[5])), Has.All.EqualTo(("C", "")));
    }
}
