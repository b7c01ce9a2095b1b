using System.Numerics;
using System.Runtime.InteropServices;
using Kapman.MarketData;

namespace Kapman.OptionMath;

/// <summary>
/// The early-exercise premium (EEP) of an American option: the American minus the European value on one
/// Cox–Ross–Rubinstein lattice, which is the control-variate correction of Hull, "Options, Futures, and Other
/// Derivatives", §21.3: American ≈ BSM European + (tree American − tree European). The lattice errors of the two
/// trees largely cancel, so a modest number of steps is enough. Inputs and units as in <see cref="BlackScholesMerton"/>.
/// </summary>
public static class EarlyExercisePremium
{
    private const double DaysPerYear = 365.0;

    /// <summary>The premium in $ per share, with its lattice delta, gamma and theta per calendar day (Hull §21.2 formulas applied to the difference).</summary>
    /// <param name="steps">Tree steps N, 2..<see cref="AmericanBinomial.MaximumSteps"/>.</param>
    /// <param name="delta">∂EEP/∂S.</param>
    /// <param name="gamma">∂²EEP/∂S².</param>
    /// <param name="thetaPerDay">Change of the premium per calendar day that passes.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Inputs invalid as in <see cref="BlackScholesMerton.Price"/>, years or volatility 0, steps out of range, or volatility below
    /// <see cref="AmericanBinomial.MinimumVolatility"/> (the tree's up-probability leaves [0, 1]).
    /// </exception>
    public static double Value(
        OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility, int steps,
        out double delta, out double gamma, out double thetaPerDay)
    {
        BlackScholesMerton.Validate(spot, strike, years, rate, dividendYield, volatility);
        ArgumentOutOfRangeException.ThrowIfZero(years);
        ArgumentOutOfRangeException.ThrowIfZero(volatility);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(steps, AmericanBinomial.MaximumSteps);
        var dt = years / steps;
        var u = Math.Exp(volatility * Math.Sqrt(dt));
        var d = 1.0 / u;
        var p = (Math.Exp((rate - dividendYield) * dt) - d) / (u - d);
        if (!(p is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(volatility), volatility, "Volatility too low for the tree (see AmericanBinomial.MinimumVolatility).");
        }

        var discount = Math.Exp(-rate * dt);
        var sign = right == OptionRight.Call ? 1.0 : -1.0;
        Span<double> american = stackalloc double[steps + 1];
        Span<double> european = stackalloc double[steps + 1];
        Span<double> exerciseEven = stackalloc double[steps + 1];
        Span<double> exerciseOdd = stackalloc double[steps];
        ExerciseValues(exerciseEven, spot * Math.Pow(d, steps), u * u, strike, sign);
        ExerciseValues(exerciseOdd, spot * Math.Pow(d, steps - 1), u * u, strike, sign);
        for (var j = 0; j <= steps; j++)
        {
            american[j] = european[j] = Math.Max(exerciseEven[j], 0.0);
        }

        Span<double> level = stackalloc double[6];
        for (var step = steps - 1; step >= 0; step--)
        {
            // Node (step, j) is at S·u^(2j − step): the node of the same parity as N at index j + (N − step)/2 of exerciseEven, else of exerciseOdd.
            var exercise = (steps - step) % 2 == 0 ? exerciseEven[((steps - step) / 2)..] : exerciseOdd[((steps - 1 - step) / 2)..];
            StepBack(american, european, exercise, step, discount * (1.0 - p), discount * p);
            if (step <= 2)
            {
                for (var j = 0; j <= step; j++)
                {
                    level[step * (step + 1) / 2 + j] = american[j] - european[j];
                }
            }
        }

        var u2 = u * u;
        // level: [0] root; [1], [2] step 1 (down, up); [3], [4], [5] step 2 (down, middle, up).
        delta = (level[2] - level[1]) / (spot * u - spot * d);
        var upper = (level[5] - level[4]) / (spot * u2 - spot);
        var lower = (level[4] - level[3]) / (spot - spot * d * d);
        gamma = (upper - lower) / (0.5 * (spot * u2 - spot * d * d));
        thetaPerDay = (level[4] - level[0]) / (2.0 * dt) / DaysPerYear;
        return level[0];
    }

    /// <summary>The premium alone in $ per share (see the other overload).</summary>
    public static double Value(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility, int steps) =>
        Value(right, spot, strike, years, rate, dividendYield, volatility, steps, out _, out _, out _);

    /// <summary>
    /// An upper bound of the exact premium from its integral representation (Kim 1990; Carr, Jarrow and Myneni 1992):
    /// put EEP = ∫₀ᵀ [rK e^(−rt) N(−d₂(S, B, t)) − qS e^(−qt) N(−d₁(S, B, t))] dt with the exercise boundary B ≤ K, so for
    /// r, q ≥ 0, EEP ≤ rK·T·max₍t≤T₎ N(−d₂(S, K, t)); for a call, EEP ≤ qS·T·max₍t≤T₎ N(d₁(S, K, t)) (B ≥ K).
    /// With a = ln(S/K) (put) or ln(K/S) (call) and b = ±(r − q) − σ²/2, the argument is d(t) = (a + b t)/(σ√t):
    /// for a &gt; 0 it is least at t = a/b when b &gt; 0 and a/b &lt; T, else at T; for a ≤ 0 the maximum of N is taken as 1.
    /// The bound grows with σ, so one taken at the European IV also bounds the premium at the (lower) American IV.
    /// </summary>
    /// <returns>
    /// The bound in $ per share: 0 when r ≤ 0 (put) or q ≤ 0 (call), where early exercise is never optimal;
    /// +∞ when q &lt; 0 (put) or r &lt; 0 (call), where the representation gives no bound this simple.
    /// </returns>
    public static double UpperBound(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        var call = right == OptionRight.Call;
        var coefficient = call ? dividendYield * spot : rate * strike;
        if (coefficient <= 0 || !(years > 0))
        {
            return 0.0;
        }

        if ((call ? rate : dividendYield) < 0)
        {
            return double.PositiveInfinity;
        }

        var a = call ? Math.Log(strike / spot) : Math.Log(spot / strike);
        if (a <= 0 || !(volatility > 0))
        {
            return coefficient * years;
        }

        var b = (call ? dividendYield - rate : rate - dividendYield) - 0.5 * volatility * volatility;
        var t = b > 0 ? Math.Min(years, a / b) : years;
        var least = (a + b * t) / (volatility * Math.Sqrt(t));
        return coefficient * years * NormalDistribution.Cdf(-least);
    }

    /// <summary>sign·(S₀u^(2m) − K) for m = 0.. (the exercise value of each node of one parity, S₀ its lowest node).</summary>
    private static void ExerciseValues(Span<double> values, double lowest, double u2, double strike, double sign)
    {
        var price = lowest;
        for (var m = 0; m < values.Length; m++)
        {
            values[m] = sign * (price - strike);
            price *= u2;
        }
    }

    /// <summary>
    /// One step back on nodes 0..<paramref name="step"/>: European f = down·f₀ + up·f₁, American the same floored at the exercise
    /// value, in SIMD lanes (each lane reads j and j + 1 before j is overwritten, as ascending j needs).
    /// </summary>
    private static void StepBack(Span<double> american, Span<double> european, ReadOnlySpan<double> exercise, int step, double down, double up)
    {
        var width = Vector<double>.Count;
        var downs = new Vector<double>(down);
        var ups = new Vector<double>(up);
        ref var a = ref MemoryMarshal.GetReference(american);
        ref var e = ref MemoryMarshal.GetReference(european);
        ref var x = ref MemoryMarshal.GetReference(exercise);
        var j = 0;
        if (step + 1 <= american.Length - 1 && exercise.Length >= step + 1)
        {
            for (; j + width <= step + 1; j += width)
            {
                var at = (nuint)j;
                (downs * Vector.LoadUnsafe(ref e, at) + ups * Vector.LoadUnsafe(ref e, at + 1)).StoreUnsafe(ref e, at);
                Vector.Max(downs * Vector.LoadUnsafe(ref a, at) + ups * Vector.LoadUnsafe(ref a, at + 1), Vector.LoadUnsafe(ref x, at)).StoreUnsafe(ref a, at);
            }
        }

        for (; j <= step; j++)
        {
            european[j] = down * european[j] + up * european[j + 1];
            american[j] = Math.Max(down * american[j] + up * american[j + 1], exercise[j]);
        }
    }
}
