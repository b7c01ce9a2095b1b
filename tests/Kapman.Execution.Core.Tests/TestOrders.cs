using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Tests;

/// <summary>Orders used across the tests: a SPY 570/565 put credit spread and a 590/595/600 call butterfly.</summary>
internal static class TestOrders
{
    public const string ShortPut = "SPY260116P00570000";
    public const string LongPut = "SPY260116P00565000";
    public const string LowerCall = "SPY260116C00590000";
    public const string BodyCall = "SPY260116C00595000";
    public const string UpperCall = "SPY260116C00600000";

    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 15, 0, 0, TimeSpan.Zero);

    public static ComboOrder PutCreditSpread(int quantity = 5, decimal limit = 1.20m, string id = "O-1") =>
        new(id, "G-1", "credit_put_spread", "SPY",
            [new OrderLeg(ShortPut, OrderSide.Sell, 1, PositionEffect.Open), new OrderLeg(LongPut, OrderSide.Buy, 1, PositionEffect.Open)],
            quantity, PriceType.NetCredit, limit);

    public static ComboOrder CallButterfly(int quantity = 2, decimal limit = 1.50m, string id = "O-2") =>
        new(id, "G-2", "butterfly", "SPY",
            [
                new OrderLeg(LowerCall, OrderSide.Buy, 1, PositionEffect.Open),
                new OrderLeg(BodyCall, OrderSide.Sell, 2, PositionEffect.Open),
                new OrderLeg(UpperCall, OrderSide.Buy, 1, PositionEffect.Open),
            ],
            quantity, PriceType.NetDebit, limit);
}
