using Kapman.MarketData;

namespace Kapman.OptionMath;

/// <summary>
/// European option value and greeks under Black–Scholes–Merton with a continuous dividend yield
/// (Merton 1973; formulas as in Haug, "The Complete Guide to Option Pricing Formulas", 2nd ed., §1.1–2.1,
/// and Hull, "Options, Futures, and Other Derivatives", ch. 17–19).
/// </summary>
/// <remarks>
/// Inputs: <c>spot</c> and <c>strike</c> in $ per share, <c>years</c> = time to expiry in years (ACT/365),
/// <c>rate</c> the continuously compounded risk-free rate and <c>dividendYield</c> the continuous dividend
/// yield (annual decimals, 0.043 = 4.3 %), <c>volatility</c> σ annualised (0.20 = 20 %).
/// With d1 = [ln(S/K) + (r − q + σ²/2)T] / (σ√T) and d2 = d1 − σ√T:
/// call = S e^(−qT) N(d1) − K e^(−rT) N(d2); put = K e^(−rT) N(−d2) − S e^(−qT) N(−d1).
/// European exercise only: American contracts are valued with <see cref="AmericanControlVariate"/> or <see cref="AmericanBinomial"/>.
/// </remarks>
public static class BlackScholesMerton
{
    private const double DaysPerYear = 365.0;

    /// <summary>The model value of one option on one share, in $.</summary>
    /// <returns>
    /// At <c>years</c> = 0 the payoff max(±(S − K), 0); at <c>volatility</c> = 0 the discounted forward
    /// intrinsic value max(±(S e^(−qT) − K e^(−rT)), 0); otherwise the formula above.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// spot or strike not positive and finite, years or volatility negative or not finite, rate or dividend yield not finite.
    /// </exception>
    public static double Price(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        Validate(spot, strike, years, rate, dividendYield, volatility);
        if (years == 0)
        {
            return Math.Max(right == OptionRight.Call ? spot - strike : strike - spot, 0.0);
        }

        var discountedSpot = spot * Math.Exp(-dividendYield * years);
        var discountedStrike = strike * Math.Exp(-rate * years);
        var deviation = volatility * Math.Sqrt(years);
        if (deviation == 0)
        {
            return Math.Max(right == OptionRight.Call ? discountedSpot - discountedStrike : discountedStrike - discountedSpot, 0.0);
        }

        var d1 = (Math.Log(spot / strike) + (rate - dividendYield + 0.5 * volatility * volatility) * years) / deviation;
        var d2 = d1 - deviation;
        var value = right == OptionRight.Call
            ? discountedSpot * NormalDistribution.Cdf(d1) - discountedStrike * NormalDistribution.Cdf(d2)
            : discountedStrike * NormalDistribution.Cdf(-d2) - discountedSpot * NormalDistribution.Cdf(-d1);
        return Math.Max(value, 0.0);
    }

    /// <summary>
    /// The analytic greeks of one option on one share (units in <see cref="Kapman.OptionMath.Greeks"/>):
    /// delta = ±e^(−qT) N(±d1); gamma = e^(−qT) φ(d1) / (S σ √T); vega = S e^(−qT) φ(d1) √T / 100;
    /// theta = [−S e^(−qT) φ(d1) σ / (2√T) ∓ r K e^(−rT) N(±d2) ± q S e^(−qT) N(±d1)] / 365;
    /// rho = ±K T e^(−rT) N(±d2) / 100 (upper signs call, lower signs put).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// As <see cref="Price"/>, and also when years or volatility is 0 (the greeks are not defined there).
    /// </exception>
    public static Greeks Greeks(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        Validate(spot, strike, years, rate, dividendYield, volatility);
        ArgumentOutOfRangeException.ThrowIfZero(years);
        ArgumentOutOfRangeException.ThrowIfZero(volatility);

        var sqrtYears = Math.Sqrt(years);
        var deviation = volatility * sqrtYears;
        var dividendDiscount = Math.Exp(-dividendYield * years);
        var rateDiscount = Math.Exp(-rate * years);
        var d1 = (Math.Log(spot / strike) + (rate - dividendYield + 0.5 * volatility * volatility) * years) / deviation;
        var d2 = d1 - deviation;
        var density = NormalDistribution.Density(d1);

        var gamma = dividendDiscount * density / (spot * deviation);
        var vega = spot * dividendDiscount * density * sqrtYears;
        var decay = -spot * dividendDiscount * density * volatility / (2.0 * sqrtYears);
        double delta, theta, rho;
        if (right == OptionRight.Call)
        {
            var nd1 = NormalDistribution.Cdf(d1);
            var nd2 = NormalDistribution.Cdf(d2);
            delta = dividendDiscount * nd1;
            theta = decay - rate * strike * rateDiscount * nd2 + dividendYield * spot * dividendDiscount * nd1;
            rho = strike * years * rateDiscount * nd2;
        }
        else
        {
            var nMinusD1 = NormalDistribution.Cdf(-d1);
            var nMinusD2 = NormalDistribution.Cdf(-d2);
            delta = -dividendDiscount * nMinusD1;
            theta = decay + rate * strike * rateDiscount * nMinusD2 - dividendYield * spot * dividendDiscount * nMinusD1;
            rho = -strike * years * rateDiscount * nMinusD2;
        }

        return new Greeks(delta, gamma, theta / DaysPerYear, vega / 100.0, rho / 100.0);
    }

    /// <summary>
    /// Gamma alone, e^(−qT) φ(d1) / (S σ √T) per $1 move per share, without argument checks (for grids of
    /// thousands of evaluations); 0 when spot, strike, years or volatility is not positive.
    /// </summary>
    public static double Gamma(double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        if (!(spot > 0 && strike > 0 && years > 0 && volatility > 0))
        {
            return 0.0;
        }

        var deviation = volatility * Math.Sqrt(years);
        var d1 = (Math.Log(spot / strike) + (rate - dividendYield + 0.5 * volatility * volatility) * years) / deviation;
        return Math.Exp(-dividendYield * years) * NormalDistribution.Density(d1) / (spot * deviation);
    }

    internal static void Validate(double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        if (!double.IsFinite(spot) || spot <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(spot), spot, "Spot must be positive and finite.");
        }

        if (!double.IsFinite(strike) || strike <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(strike), strike, "Strike must be positive and finite.");
        }

        if (!double.IsFinite(years) || years < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "Years to expiry must be non-negative and finite.");
        }

        if (!double.IsFinite(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "Rate must be finite.");
        }

        if (!double.IsFinite(dividendYield))
        {
            throw new ArgumentOutOfRangeException(nameof(dividendYield), dividendYield, "Dividend yield must be finite.");
        }

        if (!double.IsFinite(volatility) || volatility < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(volatility), volatility, "Volatility must be non-negative and finite.");
        }
    }
}
