namespace Kapman.Execution.Core.Orders;

/// <summary>Direction of one leg: buy (pay the premium) or sell (receive it).</summary>
public enum OrderSide
{
    /// <summary>Buy the contract.</summary>
    Buy,

    /// <summary>Sell the contract.</summary>
    Sell,
}
