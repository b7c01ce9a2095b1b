using Kapman.MarketData;

namespace Kapman.OptionMath;

/// <summary>
/// American option value and greeks on a Cox–Ross–Rubinstein (1979) binomial tree with a continuous dividend
/// yield, as in Hull, "Options, Futures, and Other Derivatives", §13 and §21.1–21.2.
/// </summary>
/// <remarks>
/// Δt = T/N, u = e^(σ√Δt), d = 1/u, p = (e^((r−q)Δt) − d)/(u − d); at every node the value is
/// max(intrinsic, e^(−rΔt)[p f_up + (1 − p) f_down]). Inputs and units as in <see cref="BlackScholesMerton"/>.
/// Greeks from the tree (Hull §21.2): delta = (f₁,₁ − f₁,₀)/(S u − S d);
/// gamma = [(f₂,₂ − f₂,₁)/(S u² − S) − (f₂,₁ − f₂,₀)/(S − S d²)] / [(S u² − S d²)/2];
/// theta = (f₂,₁ − f₀,₀)/(2Δt) per year, returned per calendar day (÷365).
/// Vega and rho by central differences of the tree value (σ ± 0.5 vol point, the lower point floored at
/// <see cref="MinimumVolatility"/>; r ± 1 basis point), per 1 point.
/// </remarks>
public static class AmericanBinomial
{
    /// <summary>Default number of time steps: the value is within about 0.1 % of the N → ∞ limit for typical inputs.</summary>
    public const int DefaultSteps = 200;

    /// <summary>Largest number of steps accepted (the lattice lives on the stack).</summary>
    public const int MaximumSteps = 2000;

    private const double DaysPerYear = 365.0;
    private const double VolatilityBump = 0.005;
    private const double RateBump = 0.0001;

    /// <summary>The value of one American option on one share, in $.</summary>
    /// <param name="steps">Time steps N of the tree, 1..<see cref="MaximumSteps"/>.</param>
    /// <returns>The payoff at <c>years</c> = 0; otherwise the tree value (never below the intrinsic value).</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Inputs invalid as in <see cref="BlackScholesMerton.Price"/>, volatility 0 or below <see cref="MinimumVolatility"/>'s bound (p ∉ [0, 1]), or steps out of range.
    /// </exception>
    public static double Price(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility, int steps = DefaultSteps)
    {
        BlackScholesMerton.Validate(spot, strike, years, rate, dividendYield, volatility);
        if (years == 0)
        {
            return Intrinsic(right, spot, strike);
        }

        ArgumentOutOfRangeException.ThrowIfZero(volatility);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(steps, MaximumSteps);
        Span<double> values = stackalloc double[steps + 1];
        return Roll(right, spot, strike, years, rate, dividendYield, volatility, steps, values, out _, out _);
    }

    /// <summary>The tree greeks of one American option on one share (units as in <see cref="Kapman.OptionMath.Greeks"/>).</summary>
    /// <param name="steps">Time steps N of the tree, 2..<see cref="MaximumSteps"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Price"/>, also when years is 0 or steps &lt; 2.</exception>
    public static Greeks Greeks(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility, int steps = DefaultSteps)
    {
        BlackScholesMerton.Validate(spot, strike, years, rate, dividendYield, volatility);
        ArgumentOutOfRangeException.ThrowIfZero(years);
        ArgumentOutOfRangeException.ThrowIfZero(volatility);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(steps, MaximumSteps);
        Span<double> values = stackalloc double[steps + 1];
        var value = Roll(right, spot, strike, years, rate, dividendYield, volatility, steps, values, out var level1, out var level2);
        var dt = years / steps;
        var u = Math.Exp(volatility * Math.Sqrt(dt));
        var d = 1.0 / u;
        var delta = (level1.Up - level1.Down) / (spot * u - spot * d);
        var upper = (level2.Up - level2.Middle) / (spot * u * u - spot);
        var lower = (level2.Middle - level2.Down) / (spot - spot * d * d);
        var gamma = (upper - lower) / (0.5 * (spot * u * u - spot * d * d));
        var theta = (level2.Middle - value) / (2.0 * dt) / DaysPerYear;

        // The down-bump stays on the tree's own floor: below MinimumVolatility p leaves [0, 1] and the tree throws, so a
        // low but valid σ (a deep out-of-the-money or near-forward contract) gets a one-sided difference there instead.
        var volDown = Math.Max(volatility - VolatilityBump, MinimumVolatility(years, rate, dividendYield, steps));
        var vega = (Price(right, spot, strike, years, rate, dividendYield, volatility + VolatilityBump, steps)
                    - Price(right, spot, strike, years, rate, dividendYield, volDown, steps)) / (volatility + VolatilityBump - volDown) / 100.0;
        var rho = (Price(right, spot, strike, years, rate + RateBump, dividendYield, volatility, steps)
                   - Price(right, spot, strike, years, rate - RateBump, dividendYield, volatility, steps)) / (2.0 * RateBump) / 100.0;
        return new Greeks(delta, gamma, theta, vega, rho);
    }

    /// <summary>
    /// The lowest volatility the tree accepts for these inputs (1.5 × |r − q| √Δt, so that 0 ≤ p ≤ 1 with a margin),
    /// at least <see cref="ImpliedVolatilitySolver.MinimumVolatility"/>.
    /// </summary>
    public static double MinimumVolatility(double years, double rate, double dividendYield, int steps = DefaultSteps) =>
        Math.Max(ImpliedVolatilitySolver.MinimumVolatility, 1.5 * Math.Abs(rate - dividendYield) * Math.Sqrt(years / steps));

    private static double Roll(
        OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility, int steps,
        Span<double> values, out (double Up, double Down) level1, out (double Up, double Middle, double Down) level2)
    {
        var dt = years / steps;
        var u = Math.Exp(volatility * Math.Sqrt(dt));
        var d = 1.0 / u;
        var p = (Math.Exp((rate - dividendYield) * dt) - d) / (u - d);
        if (!(p is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(volatility), volatility, "Volatility too low for the tree: σ√Δt must exceed |r − q|Δt (see MinimumVolatility).");
        }

        var discount = Math.Exp(-rate * dt);
        var up = discount * p;
        var down = discount * (1.0 - p);
        var u2 = u * u;
        var price = spot * Math.Pow(d, steps);
        for (var j = 0; j <= steps; j++)
        {
            values[j] = Intrinsic(right, price, strike);
            price *= u2;
        }

        level1 = default;
        level2 = default;
        for (var step = steps - 1; step >= 0; step--)
        {
            price = spot * Math.Pow(d, step);
            for (var j = 0; j <= step; j++)
            {
                values[j] = Math.Max(down * values[j] + up * values[j + 1], Intrinsic(right, price, strike));
                price *= u2;
            }

            if (step == 2)
            {
                level2 = (values[2], values[1], values[0]);
            }
            else if (step == 1)
            {
                level1 = (values[1], values[0]);
            }
        }

        return values[0];
    }

    private static double Intrinsic(OptionRight right, double spot, double strike) =>
        Math.Max(right == OptionRight.Call ? spot - strike : strike - spot, 0.0);
}
