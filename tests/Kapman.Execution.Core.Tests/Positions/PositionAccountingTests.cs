using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Positions;

namespace Kapman.Execution.Core.Tests.Positions;

public class PositionAccountingTests
{
    private static int seq;

    internal static LegExecution Exec(string symbol, OrderSide side, int contracts, decimal price, string group = "G-1", string strategy = "credit_put_spread", string underlying = "SPY") =>
        new($"E-{Interlocked.Increment(ref seq)}", "O-1", group, strategy, underlying, symbol, side, contracts, price, contracts * 0.65m, TestOrders.T0);

    /// <summary>Open 5 SPY 570/565 put spreads at 2.53/1.26 (1.27 credit), close 2 at 1.50/0.70 (0.80 debit).</summary>
    internal static IReadOnlyList<Position> SpreadBook() => PositionAccounting.Build(
    [
        Exec(TestOrders.ShortPut, OrderSide.Sell, 5, 2.53m),
        Exec(TestOrders.LongPut, OrderSide.Buy, 5, 1.26m),
        Exec(TestOrders.ShortPut, OrderSide.Buy, 2, 1.50m),
        Exec(TestOrders.LongPut, OrderSide.Sell, 2, 0.70m),
    ]);

    [Test]
    public void Closing_part_of_a_short_realises_against_the_average_and_keeps_it()
    {
        var book = SpreadBook();
        var shortPut = book.Single(p => p.OccSymbol == TestOrders.ShortPut);
        var longPut = book.Single(p => p.OccSymbol == TestOrders.LongPut);
        Assert.Multiple(() =>
        {
            // short: (1.50 - 2.53) x 2 x (-1) x 100 = +206
            Assert.That((shortPut.NetContracts, shortPut.AveragePrice, shortPut.RealizedPnl), Is.EqualTo((-3, 2.53m, 206.00m)));
            // long: (0.70 - 1.26) x 2 x 100 = -112
            Assert.That((longPut.NetContracts, longPut.AveragePrice, longPut.RealizedPnl), Is.EqualTo((3, 1.26m, -112.00m)));
            Assert.That(shortPut.Commissions, Is.EqualTo(4.55m)); // (5 + 2) x 0.65
        });
    }

    [Test]
    public void Unrealised_pnl_is_mark_minus_average_times_signed_contracts_times_100()
    {
        var shortPut = SpreadBook().Single(p => p.OccSymbol == TestOrders.ShortPut);
        Assert.That(shortPut.Unrealized(1.40m), Is.EqualTo(339.00m)); // (1.40 - 2.53) x -3 x 100
    }

    [Test]
    public void Adding_moves_the_average_to_the_weighted_mean()
    {
        var p = PositionAccounting.Build([Exec(TestOrders.LongPut, OrderSide.Buy, 2, 1.00m), Exec(TestOrders.LongPut, OrderSide.Buy, 3, 1.50m)]).Single();
        Assert.That((p.NetContracts, p.AveragePrice), Is.EqualTo((5, 1.30m))); // (2 x 1.00 + 3 x 1.50) / 5
    }

    [Test]
    public void Trading_through_zero_realises_the_old_side_and_opens_the_new_at_the_execution_price()
    {
        var p = PositionAccounting.Build([Exec(TestOrders.LongPut, OrderSide.Buy, 2, 1.00m), Exec(TestOrders.LongPut, OrderSide.Sell, 5, 1.20m)]).Single();
        Assert.That((p.NetContracts, p.AveragePrice, p.RealizedPnl), Is.EqualTo((-3, 1.20m, 40.00m))); // (1.20 - 1.00) x 2 x 100
    }

    [Test]
    public void Closing_to_flat_zeroes_the_average_and_keeps_the_realised_pnl()
    {
        var p = PositionAccounting.Build([Exec(TestOrders.ShortPut, OrderSide.Sell, 1, 2.00m), Exec(TestOrders.ShortPut, OrderSide.Buy, 1, 0.50m)]).Single();
        Assert.Multiple(() =>
        {
            Assert.That(p.IsFlat, Is.True);
            Assert.That(p.AveragePrice, Is.Zero);
            Assert.That(p.RealizedPnl, Is.EqualTo(150.00m)); // (0.50 - 2.00) x 1 x (-1) x 100
            Assert.That(p.RealizedNet, Is.EqualTo(148.70m)); // 150 - 2 x 0.65
        });
    }

    [Test]
    public void An_execution_for_another_symbol_is_refused() =>
        Assert.Throws<ArgumentException>(() => PositionAccounting.Apply(SpreadBook()[0], Exec(TestOrders.LongPut, OrderSide.Buy, 1, 1m)));
}
