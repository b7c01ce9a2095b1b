using Kapman.MarketData;
using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>The April 2025 tariff sell-off in SPY from the shared day-aggregate flat files.</summary>
public sealed class FlatFileEpisodeTests
{
    private static Bar[] Spy(DateOnly from, DateOnly to) => DataFiles.ReadFlatFiles("SPY", from, to);

    /// <summary>
    /// After the 2025-04-02 tariff announcement SPY fell 4.9 % on 04-03 and 5.9 % on 04-04 on record volume,
    /// then on 04-07 plunged to 481.80 intraday before closing near flat (a capitulation); on 04-09 the tariff
    /// pause sent it up 10.5 %, its best day since 2008 (the automatic rally), and it fell back on 04-10.
    /// </summary>
    [Test]
    public void April_2025_sell_off_is_a_selling_climax_at_the_april_7_low_and_an_automatic_rally()
    {
        var events = WyckoffAnalyzer.Timeline(Spy(new DateOnly(2024, 9, 1), new DateOnly(2025, 4, 23)), WyckoffParameters.Default)
            .Where(e => e.Date >= new DateOnly(2025, 4, 1)).ToArray();

        var climaxes = events.Where(e => e.Code == "SC").ToArray();
        Assert.That(climaxes.Select(e => e.Date), Has.Member(new DateOnly(2025, 4, 7)));
        Assert.That(climaxes.Min(e => e.PriceLevel), Is.EqualTo(481.80).Within(0.01));
        var ar = events.Single(e => e.Code == "AR");
        Assert.That(ar.Date, Is.EqualTo(new DateOnly(2025, 4, 10)));
        Assert.That(ar.Measurements["rally_pct"], Is.GreaterThan(0.10), "from 481.80 to above 530");
    }
}
