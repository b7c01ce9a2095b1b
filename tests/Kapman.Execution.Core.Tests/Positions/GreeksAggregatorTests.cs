using Kapman.Execution.Core.Positions;

namespace Kapman.Execution.Core.Tests.Positions;

public class GreeksAggregatorTests
{
    private static readonly Dictionary<string, OptionGreeks> Greeks = new()
    {
        [TestOrders.ShortPut] = new(-0.30, 0.020, -0.05, 0.15),
        [TestOrders.LongPut] = new(-0.22, 0.015, -0.04, 0.12),
    };

    [Test]
    public void Net_greeks_are_per_share_greeks_times_signed_contracts_times_100()
    {
        // short 3: x -300 -> delta +90, gamma -6, theta +15, vega -45
        // long 3:  x +300 -> delta -66, gamma +4.5, theta -12, vega +36
        var net = GreeksAggregator.Net(PositionAccountingTests.SpreadBook(), Greeks);
        Assert.Multiple(() =>
        {
            Assert.That(net.DeltaShares, Is.EqualTo(24).Within(1e-9));
            Assert.That(net.GammaSharesPerDollar, Is.EqualTo(-1.5).Within(1e-9));
            Assert.That(net.ThetaDollarsPerDay, Is.EqualTo(3).Within(1e-9));
            Assert.That(net.VegaDollarsPerVolPoint, Is.EqualTo(-9).Within(1e-9));
            Assert.That(net.MissingGreeks, Is.Zero);
        });
    }

    [Test]
    public void Missing_greeks_are_counted_and_left_out()
    {
        var spy = GreeksAggregator.ByUnderlying(PositionAccountingTests.SpreadBook(), new Dictionary<string, OptionGreeks> { [TestOrders.ShortPut] = Greeks[TestOrders.ShortPut] }).Single();
        Assert.Multiple(() =>
        {
            Assert.That(spy.Key, Is.EqualTo("SPY"));
            Assert.That(spy.DeltaShares, Is.EqualTo(90).Within(1e-9));
            Assert.That(spy.MissingGreeks, Is.EqualTo(1));
        });
    }
}
