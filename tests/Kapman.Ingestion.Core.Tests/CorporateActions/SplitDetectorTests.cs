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

    // An ordinary liquid stock: $1M traded on the day and as the prior median, 50,000 shares a day.
    private static double? Classify(double previousClose, double open, double close, double dollarVolume = 1e6, double medianShares = 50_000, double medianDollars = 1e6) =>
        SplitDetector.Classify(new SplitEvidence(previousClose, open, close, dollarVolume, medianDollars, medianShares));

    [TestCase(100.0, 10.0, 10.0)]
    [TestCase(10.0, 100.0, 0.1)]
    [TestCase(30.0, 20.0, 1.5)]
    [TestCase(30.0, 10.2, 3.0)]
    public void Classifies_common_ratios_with_ordinary_volume(double previousClose, double open, double factor) =>
        Assert.That(Classify(previousClose, open, open), Is.EqualTo(factor).Within(1e-12));

    [Test]
    public void A_halving_on_a_dollar_volume_burst_is_a_crash_not_a_split() =>
        Assert.That(Classify(100, 50, 50, dollarVolume: 4e6), Is.Null);

    [Test]
    public void A_halving_on_a_trickle_of_volume_is_a_stale_print_not_a_split() =>
        Assert.That(Classify(100, 50, 50, dollarVolume: 0.2e6), Is.Null);

    [Test]
    public void An_opening_print_that_the_close_undoes_is_not_a_split() =>
        Assert.That((Classify(100, 50, 98), Classify(100, 50, 57.5), Classify(100, 50, 59)), Is.EqualTo(((double?)null, (double?)2.0, (double?)null)),
            "close 98 is back on the old basis; 100/57.5 = 1.739 is 13% from 2 (inside 15%); 100/59 = 1.695 is 15.3% away");

    [TestCase(5_000.0, 1e6, 100.0, 50.0)]
    [TestCase(50_000.0, 50_000.0, 100.0, 50.0)]
    [TestCase(500_000.0, 1e6, 0.9, 0.45)]
    public void Illiquid_or_sub_dollar_tickers_are_not_judged(double medianShares, double medianDollars, double previousClose, double open) =>
        Assert.That(Classify(previousClose, open, open, dollarVolume: medianDollars, medianShares: medianShares, medianDollars: medianDollars), Is.Null);

    [TestCase(100.0, 80.0)]
    [TestCase(100.0, 100.0)]
    [TestCase(100.0, 41.0)]
    public void Moves_away_from_any_ratio_are_not_flagged(double previousClose, double open) =>
        Assert.That(Classify(previousClose, open, open), Is.Null);

    [TestCase(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [TestCase(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    [TestCase(new double[0], 0.0)]
    public void Median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(double[] values, double median) =>
        Assert.That(SplitDetector.Median(values), Is.EqualTo(median));

    [TestCase(7.0, "7:1")]
    [TestCase(1.5, "3:2")]
    [TestCase(0.1, "1:10")]
    public void Ratios_read_as_text(double factor, string text) => Assert.That(SplitRatios.Describe(factor), Is.EqualTo(text));
}
