using Kapman.Execution.Core.Exits;
using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Tests.Exits;

public class ExitMarksTests
{
    private const string Short = "SPY260116P00580000";
    private const string Long = "SPY260116P00570000";

    [Test]
    public void A_credit_spread_is_marked_at_the_debit_to_buy_it_back_per_unit()
    {
        // 3 × (−1 580 put, +1 570 put): mids 2.10 and 0.85, value per unit −2.10 + 0.85 = −1.25, so a 1.25 debit to close.
        var mark = ExitMarks.Of([new(Short, -3), new(Long, 3)], PriceType.NetCredit,
            new Dictionary<string, MarkQuote> { [Short] = new(2.05m, 2.15m), [Long] = new(0.80m, 0.90m) });

        Assert.That(mark, Is.EqualTo(new ExitMark(3, 1.25m, null)));
    }

    [Test]
    public void A_debit_butterfly_is_read_as_its_greatest_common_divisor_of_units()
    {
        // 2/−4/2 is 2 × (1, −2, 1): mids 5.00, 2.50, 1.00 give 5.00 − 5.00 + 1.00 = 1.00 per unit.
        const string a = "SPY260116C00570000", b = "SPY260116C00580000", c = "SPY260116C00590000";
        var mark = ExitMarks.Of([new(a, 2), new(b, -4), new(c, 2)], PriceType.NetDebit,
            new Dictionary<string, MarkQuote> { [a] = new(4.90m, 5.10m), [b] = new(2.40m, 2.60m), [c] = new(0.95m, 1.05m) });

        Assert.That(mark, Is.EqualTo(new ExitMark(2, 1.00m, null)));
    }

    [TestCase(0.0, 0.10, "no bid")]
    [TestCase(2.20, 2.00, "crossed")]
    [TestCase(null, 2.00, "a side is not quoted")]
    [TestCase(-0.05, 2.00, "a negative price")]
    public void A_leg_without_a_usable_quote_gives_no_mark(double? bid, double ask, string why)
    {
        var mark = ExitMarks.Of([new(Short, -1), new(Long, 1)], PriceType.NetCredit,
            new Dictionary<string, MarkQuote> { [Short] = new(2.05m, 2.15m), [Long] = new((decimal?)bid, (decimal)ask) });

        Assert.Multiple(() =>
        {
            Assert.That(mark.Mark, Is.Null);
            Assert.That(mark.Problem, Does.StartWith($"{Long}: {why}"));
        });
    }

    [Test]
    public void A_leg_missing_from_the_quotes_gives_no_mark()
    {
        var mark = ExitMarks.Of([new(Short, -1), new(Long, 1)], PriceType.NetCredit, new Dictionary<string, MarkQuote> { [Short] = new(2.05m, 2.15m) });

        Assert.That(mark, Is.EqualTo(new ExitMark(1, null, $"{Long}: no stored quote")));
    }
}
