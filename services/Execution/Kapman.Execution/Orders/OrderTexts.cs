using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Orders;

/// <summary>The stored and published words for the core's enums (the API contract's spelling).</summary>
public static class OrderTexts
{
    /// <summary>new, working, partially_filled, filled, cancelled, rejected, expired.</summary>
    public static string State(OrderState state) => state switch
    {
        OrderState.New => "new",
        OrderState.Working => "working",
        OrderState.PartiallyFilled => "partially_filled",
        OrderState.Filled => "filled",
        OrderState.Cancelled => "cancelled",
        OrderState.Rejected => "rejected",
        _ => "expired",
    };

    /// <summary>The state named by <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">Not a state word.</exception>
    public static OrderState ParseState(string text)
    {
        foreach (var state in Enum.GetValues<OrderState>())
        {
            if (State(state) == text)
            {
                return state;
            }
        }

        throw new ArgumentException($"unknown order state '{text}'", nameof(text));
    }

    /// <summary>DEBIT or CREDIT.</summary>
    public static string PriceType(PriceType type) => type == Core.Orders.PriceType.NetCredit ? "CREDIT" : "DEBIT";

    /// <summary>The price type named by <paramref name="text"/>.</summary>
    public static PriceType ParsePriceType(string text) => text == "CREDIT" ? Core.Orders.PriceType.NetCredit : Core.Orders.PriceType.NetDebit;

    /// <summary>BUY or SELL.</summary>
    public static string Side(OrderSide side) => side == OrderSide.Buy ? "BUY" : "SELL";

    /// <summary>OPEN or CLOSE.</summary>
    public static string Effect(PositionEffect effect) => effect == PositionEffect.Open ? "OPEN" : "CLOSE";

    /// <summary>normal, safe_mode or hard_stop.</summary>
    public static string Mode(KillSwitchMode mode) => mode switch
    {
        KillSwitchMode.SafeMode => "safe_mode",
        KillSwitchMode.HardStop => "hard_stop",
        _ => "normal",
    };

    /// <summary>The kill-switch mode named by <paramref name="text"/>.</summary>
    public static KillSwitchMode ParseMode(string text) => text switch
    {
        "safe_mode" => KillSwitchMode.SafeMode,
        "hard_stop" => KillSwitchMode.HardStop,
        _ => KillSwitchMode.Normal,
    };
}
