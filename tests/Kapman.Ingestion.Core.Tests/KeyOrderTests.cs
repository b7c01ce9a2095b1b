namespace Kapman.Ingestion.Core.Tests;

/// <summary><see cref="KeyOrder.Merge"/> yields every bar of a group of sessions once, in primary-key order (ticker, session).</summary>
public class KeyOrderTests
{
    private static readonly DateOnly Monday = new(2025, 8, 25);
    private static readonly DateOnly Tuesday = new(2025, 8, 26);
    private static readonly DateOnly Wednesday = new(2025, 8, 27);

    [Test]
    public void Sessions_are_merged_by_ticker_then_date()
    {
        IReadOnlyList<DailyBar>[] sessions =
        [
            [Bar("AAPL", Monday), Bar("MSFT", Monday), Bar("SPY", Monday)],
            [Bar("AAPL", Tuesday), Bar("BRK.B", Tuesday), Bar("SPY", Tuesday)],
            [Bar("MSFT", Wednesday), Bar("SPY", Wednesday)],
        ];

        var merged = KeyOrder.Merge(sessions).Select(b => (b.Ticker, b.SessionDate));

        Assert.That(merged, Is.EqualTo(new[]
        {
            ("AAPL", Monday), ("AAPL", Tuesday), ("BRK.B", Tuesday), ("MSFT", Monday), ("MSFT", Wednesday), ("SPY", Monday), ("SPY", Tuesday), ("SPY", Wednesday),
        }));
    }

    [Test]
    public void A_session_out_of_ticker_order_is_sorted_and_ordinal_order_puts_upper_case_before_lower()
    {
        // Ordinal: '-' (45) < '.' (46) < 'A' (65) < 'a' (97); a file need not be sorted.
        IReadOnlyList<DailyBar>[] sessions = [[Bar("Ba", Monday), Bar("B.A", Monday), Bar("BA", Monday), Bar("B-A", Monday)], []];

        Assert.That(KeyOrder.Merge(sessions).Select(b => b.Ticker), Is.EqualTo(new[] { "B-A", "B.A", "BA", "Ba" }));
    }

    [Test]
    public void Every_bar_comes_out_once_whatever_the_sizes()
    {
        var random = new Random(23);
        var tickers = Enumerable.Range(0, 300).Select(i => $"T{i:D4}").ToArray();
        var sessions = Enumerable.Range(0, 16).Select(d => (IReadOnlyList<DailyBar>)[.. tickers.Where(_ => random.Next(4) > 0)
            .Select(t => Bar(t, Monday.AddDays(d)))]).ToArray();

        var merged = KeyOrder.Merge(sessions).ToList();

        Assert.That(merged, Is.EquivalentTo(sessions.SelectMany(s => s)));
        Assert.That(merged.Zip(merged.Skip(1)).All(p => string.CompareOrdinal(p.First.Ticker, p.Second.Ticker) < 0
            || (p.First.Ticker == p.Second.Ticker && p.First.SessionDate < p.Second.SessionDate)), Is.True, "strictly increasing (ticker, session)");
    }

    private static DailyBar Bar(string ticker, DateOnly session) => new(ticker, session, 10, 11, 9, 10.5, 1_000, null);
}
