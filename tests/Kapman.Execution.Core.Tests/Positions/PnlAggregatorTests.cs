using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Positions;

namespace Kapman.Execution.Core.Tests.Positions;

public class PnlAggregatorTests
{
    private const string QqqCall = "QQQ260116C00500000";

    private static List<Position> Book() =>
    [
        .. PositionAccountingTests.SpreadBook(),
        .. PositionAccounting.Build([PositionAccountingTests.Exec(QqqCall, OrderSide.Buy, 1, 4.00m, "G-9", "long_call", "QQQ")]),
    ];

    private static readonly Dictionary<string, decimal> Marks = new()
    {
        [TestOrders.ShortPut] = 1.40m,
        [TestOrders.LongPut] = 0.60m,
        [QqqCall] = 4.50m,
    };

    [Test]
    public void A_spread_partly_closed_sums_realised_commission_and_unrealised()
    {
        // Realised: opened at 1.27 credit, 2 closed at 0.80 debit: (1.27 - 0.80) x 2 x 100 = 94.
        // Unrealised: 3 open marked at 1.40 - 0.60 = 0.80: (1.27 - 0.80) x 3 x 100 = 141.
        // Commission: 14 contracts x 0.65 = 9.10. Total 94 - 9.10 + 141 = 225.90.
        var spread = PnlAggregator.ByStrategy(Book(), Marks).Single(s => s.Key == "credit_put_spread");
        Assert.Multiple(() =>
        {
            Assert.That(spread.Realized, Is.EqualTo(94.00m));
            Assert.That(spread.Unrealized, Is.EqualTo(141.00m));
            Assert.That(spread.Commissions, Is.EqualTo(9.10m));
            Assert.That(spread.Total, Is.EqualTo(225.90m));
            Assert.That(spread.IsComplete, Is.True);
        });
    }

    [Test]
    public void Summaries_by_underlying_and_in_total()
    {
        var byUnderlying = PnlAggregator.ByUnderlying(Book(), Marks);
        Assert.That(byUnderlying.Select(s => s.Key), Is.EqualTo(new[] { "QQQ", "SPY" }));
        var qqq = byUnderlying[0];
        Assert.That((qqq.Unrealized, qqq.Commissions), Is.EqualTo((50.00m, 0.65m))); // (4.50 - 4.00) x 1 x 100
        var total = PnlAggregator.Total(Book(), Marks);
        Assert.That(total.Total, Is.EqualTo(225.90m + 50.00m - 0.65m));
        Assert.That(PnlAggregator.ByGroup(Book(), Marks).Select(s => s.Key), Is.EqualTo(new[] { "G-1", "G-9" }));
    }

    [Test]
    public void A_missing_mark_is_counted_not_treated_as_zero()
    {
        var marks = new Dictionary<string, decimal>(Marks);
        marks.Remove(TestOrders.LongPut);
        var spread = PnlAggregator.ByStrategy(Book(), marks).Single(s => s.Key == "credit_put_spread");
        Assert.Multiple(() =>
        {
            Assert.That(spread.Unrealized, Is.EqualTo(339.00m)); // the short alone: (1.40 - 2.53) x -3 x 100
            Assert.That(spread.UnmarkedHoldings, Is.EqualTo(1));
            Assert.That(spread.IsComplete, Is.False);
        });
    }
}
