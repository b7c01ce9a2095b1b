using Kapman.OptionMath;

namespace Kapman.Options.Core;

/// <summary>
/// Finds the gamma flip: the spot level at which dealers' net GEX changes sign. Net GEX is recomputed at every
/// level s of a grid from 0.7 × spot to 1.3 × spot in steps of 0.25 % of spot, each contract keeping its IV and
/// time to expiry: netGEX(s) = Σ sign × Γ_BSM(s, K, T, r, q, σ) × OI × shares × s² × 0.01.
/// The crossing nearest to spot is located by linear interpolation between the two grid levels around it.
/// </summary>
public static class GammaFlip
{
    /// <summary>Grid half-width as a fraction of spot.</summary>
    public const double Range = 0.30;

    /// <summary>Grid step as a fraction of spot.</summary>
    public const double Step = 0.0025;

    /// <summary>The flip level in $ per share, or null when net GEX keeps one sign over the whole grid.</summary>
    /// <param name="eligible">Contracts with an IV and positive days to expiry (see <see cref="DealerEligibility"/>).</param>
    /// <param name="spot">Current spot in $ per share, positive.</param>
    /// <param name="inputs">Rate and dividend yield of the model.</param>
    /// <param name="convention">Dealer sign per right.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static double? Find(IReadOnlyList<EnrichedContract> eligible, double spot, PricingInputs inputs, DealerConvention convention)
    {
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(convention);
        var levels = (int)Math.Round(2 * Range / Step);
        var grid = new double[levels + 1];
        var net = new double[levels + 1];
        for (var i = 0; i <= levels; i++)
        {
            grid[i] = spot * (1 - Range + i * Step);
            net[i] = NetGexAt(eligible, grid[i], inputs, convention);
        }

        double? best = null;
        for (var i = 0; i < levels; i++)
        {
            if (net[i] == 0 || Math.Sign(net[i]) == Math.Sign(net[i + 1]))
            {
                continue;
            }

            var level = grid[i] + (grid[i + 1] - grid[i]) * net[i] / (net[i] - net[i + 1]);
            if (best is null || Math.Abs(level - spot) < Math.Abs(best.Value - spot))
            {
                best = level;
            }
        }

        return best;
    }

    /// <summary>Net GEX in $ per 1 % move with every contract's gamma recomputed at <paramref name="level"/>.</summary>
    public static double NetGexAt(IReadOnlyList<EnrichedContract> eligible, double level, PricingInputs inputs, DealerConvention convention)
    {
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(convention);
        var sum = 0.0;
        foreach (var contract in eligible)
        {
            if (contract.ImpliedVolatility is not { } sigma || contract.DaysToExpiry < 1)
            {
                continue;
            }

            var quote = contract.Quote;
            var gamma = BlackScholesMerton.Gamma(level, quote.Strike, contract.DaysToExpiry / 365.0, inputs.RiskFreeRate, inputs.DividendYield, sigma);
            sum += convention.SignOf(quote.Right) * gamma * quote.OpenInterest * quote.SharesPerContract * level * level * 0.01;
        }

        return sum;
    }
}
