namespace Kapman.OptionMath;

/// <summary>Market inputs of the pricing model that the chain itself does not carry.</summary>
/// <param name="RiskFreeRate">Continuously compounded risk-free rate, annual decimal (0.043 = 4.3 %).</param>
/// <param name="DividendYield">Continuous dividend yield of the underlying, annual decimal.</param>
public sealed record PricingInputs(double RiskFreeRate, double DividendYield)
{
    /// <summary>
    /// r = 0.043: the 3-month U.S. Treasury bill yield in late August 2025 (U.S. Treasury daily par yield
    /// curve, about 4.3 %); q = 0.012: SPY's trailing 12-month dividend yield then (about 1.2 %).
    /// Good for SPY on 2025-08-26; pass the underlying's own yield for other tickers.
    /// </summary>
    public static PricingInputs Default { get; } = new(0.043, 0.012);
}
