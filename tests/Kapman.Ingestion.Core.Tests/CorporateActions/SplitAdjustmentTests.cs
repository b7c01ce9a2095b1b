using Kapman.Ingestion.Core.CorporateActions;

namespace Kapman.Ingestion.Core.Tests.CorporateActions;

public class SplitAdjustmentTests
{
    private static readonly Dictionary<DateOnly, double> AppleSplits = new()
    {
        [new DateOnly(2000, 6, 21)] = 2, [new DateOnly(2005, 2, 28)] = 2, [new DateOnly(2014, 6, 9)] = 7, [new DateOnly(2020, 8, 31)] = 4,
    };

    [Test]
    public void Aapl_2014_06_06_on_todays_basis_is_divided_by_7_times_4()
    {
        var raw = LeanDailyFile.Read("AAPL");
        var adjusted = SplitAdjustment.Adjust(raw, AppleSplits);
        var friday = adjusted.Single(b => b.SessionDate == new DateOnly(2014, 6, 6));

        // Raw 2014-06-06: close 645.57, volume 12,116,671; later splits 7:1 and 4:1 → factor 28.
        Assert.That(friday.Close, Is.EqualTo(645.57 / 28).Within(1e-9));
        Assert.That(friday.Volume, Is.EqualTo(12_116_671L * 28));
        Assert.That(raw.Single(b => b.SessionDate == new DateOnly(2014, 6, 6)).Close, Is.EqualTo(645.57), "raw bars are untouched");
    }

    [Test]
    public void Adjusted_history_has_no_split_sized_gaps_left()
    {
        var adjusted = SplitAdjustment.Adjust(LeanDailyFile.Read("AAPL"), AppleSplits);

        Assert.That(SplitDetector.Detect(adjusted), Is.Empty);
        var last = adjusted[^1];
        Assert.That(last.Close, Is.EqualTo(122.15), "bars after the last split keep their raw values (2021-03-31 close)");
    }

    [Test]
    public void Non_positive_factors_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SplitAdjustment.Adjust([], new Dictionary<DateOnly, double> { [new DateOnly(2024, 1, 2)] = 0 }));
}
