using Kapman.MarketData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>The research benchmark on one hand-built series with a single SOS.</summary>
public sealed class EventStudyTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    // The flat bars of BreakoutEventTests (closes 100, TR 2 / 1, volume 900 / 1,100), the SOS bar 60
    // (close 102.8), then bar 61 closing at 105 and bar 62 at 101, both on 1,000 (vol_z below 0).
    private static Bar[] Series()
    {
        var bars = new List<Bar>();
        for (var i = 0; i < 60; i++)
        {
            var half = i % 2 == 0 ? 1 : 0.5;
            bars.Add(new Bar(Start.AddDays(i), 100, 100 + half, 100 - half, 100, i % 2 == 0 ? 900 : 1100));
        }

        bars.Add(new Bar(Start.AddDays(60), 100, 103, 100, 102.8, 1150));
        bars.Add(new Bar(Start.AddDays(61), 102.8, 105.5, 104, 105, 1000));
        bars.Add(new Bar(Start.AddDays(62), 105, 105, 100.8, 101, 1000));
        return [.. bars];
    }

    private static IReadOnlyList<EventStudyRow> Run() =>
        EventStudy.Run([Series()], Start.AddDays(55), Start.AddDays(62), [1, 2], WyckoffParameters.Default);

    [Test]
    public void The_sos_row_holds_its_forward_returns()
    {
        var sos = Run().Single(r => r.Event == "SOS");

        Assert.That(sos.Count, Is.EqualTo(1));
        Assert.That(sos.Horizons[0].Median, Is.EqualTo((105 / 102.8) - 1).Within(1e-12));
        Assert.That(sos.Horizons[0].WinRate, Is.EqualTo(1));
        Assert.That(sos.Horizons[1].Mean, Is.EqualTo((101 / 102.8) - 1).Within(1e-12));
        Assert.That(sos.Horizons[1].WinRate, Is.Zero);
    }

    [Test]
    public void The_baseline_covers_every_bar_of_the_window_with_a_later_close()
    {
        var rows = Run();

        Assert.That(rows.Select(r => r.Event), Is.EqualTo(new[] { "SC", "AR", "ST", "SPRING", "TEST", "SOS", "SOW", "BC", "ALL" }));
        Assert.That(rows.Where(r => r.Event is not ("SOS" or "ALL")).Select(r => r.Count), Has.All.Zero);
        var all = rows[^1];
        var up = (102.8 / 100) - 1;
        var up2 = (105 / 102.8) - 1;
        var down = (101.0 / 105) - 1;
        Assert.That(all.Count, Is.EqualTo(8));
        Assert.That(all.Horizons[0].Count, Is.EqualTo(7), "bar 62 has no next close");
        Assert.That(all.Horizons[0].Median, Is.Zero, "four of the seven one-day returns are 0");
        Assert.That(all.Horizons[0].Mean, Is.EqualTo((up + up2 + down) / 7).Within(1e-12));
        Assert.That(all.Horizons[0].WinRate, Is.EqualTo(2.0 / 7).Within(1e-12));
        Assert.That(all.Horizons[1].Count, Is.EqualTo(6));
    }

    [Test]
    public void Reports_write_percentages_and_fractions()
    {
        var rows = new[]
        {
            new EventStudyRow("BC", 3, [new ForwardReturnStats(20, 3, -0.0121, -0.005, 1.0 / 3)]),
            new EventStudyRow("TEST", 0, [new ForwardReturnStats(20, 0, double.NaN, double.NaN, double.NaN)]),
        };

        Assert.That(EventStudyReport.ToMarkdown(rows), Is.EqualTo(
            "| Event | Count | Per ticker-year | 20d median / mean / win |\n|---|---:|---:|---:|\n| BC | 3 | – | -1.21% / -0.50% / 33.3% |\n" +
            "| TEST | 0 | – | – |\n"));
        Assert.That(EventStudyReport.ToCsv(rows), Is.EqualTo(
            "event,count,horizon,n,median,mean,win_rate\nBC,3,20,3,-0.012100,-0.005000,0.333333\nTEST,0,20,0,,,\n"));
    }

    [Test]
    public void The_rate_per_ticker_year_divides_by_the_years_of_bars_studied()
    {
        // 1,260 bars studied = 5 ticker-years of 252 sessions: 3 climaxes are 0.60 a ticker-year, 1,260 bars 252 a year.
        var none = new ForwardReturnStats(20, 0, double.NaN, double.NaN, double.NaN);
        var rows = new[] { new EventStudyRow("SC", 3, [none]), new EventStudyRow("ALL", 1260, [none]) };

        Assert.That(EventStudyReport.ToMarkdown(rows), Does.Contain("| SC | 3 | 0.60 | – |\n").And.Contain("| ALL | 1260 | 252.00 | – |\n"));
    }

    [Test]
    public void A_horizon_below_one_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => EventStudy.Run([Series()], Start, Start, [0], WyckoffParameters.Default));
    }
}
