namespace Kapman.MarketData;

/// <summary>The right an option contract grants its holder.</summary>
public enum OptionRight
{
    /// <summary>The right to buy the underlying at the strike.</summary>
    Call,

    /// <summary>The right to sell the underlying at the strike.</summary>
    Put,
}
