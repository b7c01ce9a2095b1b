using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Brokers.Tests;

/// <summary>The position half of the close pre-check (docs/domain/execution.md#close-pre-check, seed 003 §11 mitigation 7): a close may only reduce what the broker holds.</summary>
public class ClosePrecheckTests
{
    private const string ShortPut = "SPY250919P00600000";
    private const string LongPut = "SPY250919P00590000";

    private static readonly BrokerPosition[] Spread =
    [
        new(ShortPut, -2m, -1160m, null),
        new(LongPut, 2m, 960m, null),
    ];

    [Test]
    public void Closing_both_legs_of_a_held_spread_passes() =>
        Assert.That(ClosePrecheck.Evaluate([new(ShortPut, OrderLegSide.BuyToClose, 2), new(LongPut, OrderLegSide.SellToClose, 1)], Spread), Is.Empty);

    [Test]
    public void Each_mismatch_is_reported_in_leg_order()
    {
        var problems = ClosePrecheck.Evaluate(
            [
                new(ShortPut, OrderLegSide.BuyToClose, 3),
                new(LongPut, OrderLegSide.BuyToClose, 1),
                new("SPY250919C00610000", OrderLegSide.SellToClose, 1),
                new(LongPut, OrderLegSide.SellToOpen, 1),
            ],
            Spread);

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{LongPut} appears in 2 legs",
            $"{ShortPut}: BuyToClose of 3 contracts, but the broker holds -2",
            $"{LongPut}: BuyToClose of 1 contracts, but the broker holds 2",
            "SPY250919C00610000: SellToClose of 1 contracts, but the broker holds 0",
            $"{LongPut}: SellToOpen does not close a position",
        }));
    }

    [Test]
    public void A_close_with_no_legs_fails() =>
        Assert.That(ClosePrecheck.Evaluate([], Spread), Is.EqualTo(new[] { "the close has no legs" }));
}
