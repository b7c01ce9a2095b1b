using Kapman.Indicators;
using Kapman.Options.Data;

namespace Kapman.Options.Tests;

/// <summary>The options stage's 20-day historical volatility comes from the bars contract, not from the metrics stage.</summary>
public class RecentClosesReaderTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    [Test]
    public async Task Reads_the_last_closes_of_tickers_with_a_bar_on_the_session_in_date_order()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        // SPY: 25 weekdays of closes 100, 101, ... ending on the session; QQQ's last bar is the day before the session.
        var spy = Enumerable.Range(0, 35).Select(i => Session.AddDays(i - 34)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select((d, i) => ("SPY", d, 100d + i)).ToList();
        await MarketBarsContract.CreateAsync(database, [.. spy, ("QQQ", Session.AddDays(-1), 500d), ("SPY", Session.AddDays(1), 999d)]);

        var closes = await new RecentClosesReader(database.DataSource).ClosesAsync(["SPY", "QQQ", "NVDA"], Session, 21, CancellationToken.None);

        Assert.That(closes.Keys, Is.EquivalentTo(new[] { "SPY" }), "QQQ has no bar on the session, NVDA none at all");
        Assert.That(closes["SPY"], Is.EqualTo(spy.TakeLast(21).Select(b => b.Item3)), "the 21 closes up to the session, not the bar after it");
        Assert.That(closes["SPY"][^1], Is.EqualTo(100d + spy.Count - 1));
    }

    [Test]
    public void Historical_volatility_is_the_annualised_sample_deviation_of_the_last_20_log_returns()
    {
        // Closes alternating 100, 110: returns alternate ln(1.1) and −ln(1.1); mean of 20 of them is 0, the sample variance
        // is 20 ln(1.1)² / 19. A 22nd close in front (a crash to 1) must not count.
        var closes = new[] { 1d }.Concat(Enumerable.Range(0, 21).Select(i => i % 2 == 0 ? 100d : 110d)).ToArray();
        var expected = Math.Log(1.1) * Math.Sqrt(20d / 19d) * Math.Sqrt(252d);

        Assert.That(HistoricalVolatility.Annualized(closes), Is.EqualTo(expected).Within(1e-12));
        Assert.That(HistoricalVolatility.Annualized(closes[2..]), Is.Null, "20 closes give 19 returns: not enough");
        Assert.That(HistoricalVolatility.Annualized([.. closes[..^1], 0d]), Is.Null, "a non-positive close has no log return");
    }
}
