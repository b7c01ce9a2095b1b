using Kapman.Ingestion.Core.CorporateActions;

namespace Kapman.Ingestion.Core.Tests.CorporateActions;

/// <summary>
/// Apple's splits per its investor-relations FAQ: 2:1 on 2000-06-21, 2:1 on 2005-02-28, 7:1 on 2014-06-09 and
/// 4:1 on 2020-08-31 (ex-dates). The shared lean_daily_raw AAPL file covers 1998-01-02 .. 2021-03-31, unadjusted.
/// </summary>
public class SplitDetectorTests
{
    [Test]
    public void Finds_exactly_apples_four_splits_in_23_years_of_raw_bars()
    {
        var suspects = SplitDetector.Detect(LeanDailyFile.Read("AAPL"));
        foreach (var s in suspects)
        {
            TestContext.Out.WriteLine($"{s.Ticker} {s.ExDate:yyyy-MM-dd} {s.Ratio} observed {s.ObservedRatio:F4} dollar volume x{s.DollarVolumeRatio:F2}");
        }

        Assert.That(suspects.Select(s => (s.ExDate, s.Ratio)), Is.EqualTo(new[]
        {
            (new DateOnly(2000, 6, 21), "2:1"), (new DateOnly(2005, 2, 28), "2:1"), (new DateOnly(2014, 6, 9), "7:1"), (new DateOnly(2020, 8, 31), "4:1"),
        }));
    }

    [Test]
    public void Aapl_2014_is_seven_for_one_with_ordinary_dollar_volume()
    {
        var split = SplitDetector.Detect(LeanDailyFile.Read("AAPL")).Single(s => s.ExDate == new DateOnly(2014, 6, 9));

        // 2014-06-06 close 645.57, 2014-06-09 open 92.69 (the file's rows): 645.57 / 92.69 = 6.9648.
        Assert.That(split.Factor, Is.EqualTo(7));
        Assert.That(split.ObservedRatio, Is.EqualTo(645.57 / 92.69).Within(1e-12));
        Assert.That(split.DollarVolumeRatio, Is.LessThan(SplitDetector.MaxDollarVolumeRatio));
    }

    [TestCase(100.0, 10.0, 10.0)]
    [TestCase(10.0, 100.0, 0.1)]
    [TestCase(30.0, 20.0, 1.5)]
    [TestCase(30.0, 10.2, 3.0)]
    public void Classifies_common_ratios_with_ordinary_volume(double previousClose, double open, double factor) =>
        Assert.That(SplitDetector.Classify(previousClose, open, 1e6, 1e6), Is.EqualTo(factor).Within(1e-12));

    [Test]
    public void A_halving_on_a_dollar_volume_burst_is_a_crash_not_a_split() =>
        Assert.That(SplitDetector.Classify(100, 50, 4e6, 1e6), Is.Null);

    [Test]
    public void A_halving_on_a_trickle_of_volume_is_a_stale_print_not_a_split() =>
        Assert.That(SplitDetector.Classify(100, 50, 0.2e6, 1e6), Is.Null);

    [TestCase(100.0, 80.0)]
    [TestCase(100.0, 100.0)]
    [TestCase(100.0, 41.0)]
    public void Moves_away_from_any_ratio_are_not_flagged(double previousClose, double open) =>
        Assert.That(SplitDetector.Classify(previousClose, open, 1e6, 1e6), Is.Null);

    [TestCase(7.0, "7:1")]
    [TestCase(1.5, "3:2")]
    [TestCase(0.1, "1:10")]
    public void Ratios_read_as_text(double factor, string text) => Assert.That(SplitRatios.Describe(factor), Is.EqualTo(text));
}
