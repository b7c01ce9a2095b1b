using System.Globalization;
using System.Text;
using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core;

/// <summary>
/// The audit calculator behind <c>kapman options greeks</c>: IV and greeks of every contract of a chain from its
/// own prices, with T = calendar days from <c>asOf</c> to the expiry / 365 (the live service uses the same).
/// European style uses <see cref="BlackScholesMerton"/> and <see cref="ImpliedVolatilitySolver"/>; American style
/// <see cref="AmericanBinomial"/> and <see cref="AmericanImpliedVolatilitySolver"/> with
/// <see cref="AmericanBinomial.DefaultSteps"/> steps. The feed's own IV and greeks are ignored. A contract the model cannot
/// price gets the status <see cref="ModelFailure.ModelError"/> (the reason in <see cref="GreeksRow.Detail"/>) and the others are priced.
/// </summary>
public static class OfflineGreeksCalculator
{
    /// <summary>The CSV header of <see cref="ToCsv"/>.</summary>
    public const string CsvHeader = "occ,type,strike,expiry,price_used,iv,delta,gamma,theta,vega,rho,status";

    /// <summary>One row per contract, in chain order; a model failure on one contract is its row's status, not an exception.</summary>
    /// <exception cref="ArgumentNullException">contracts or inputs is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">spot not positive and finite.</exception>
    public static IReadOnlyList<GreeksRow> Compute(IReadOnlyList<OptionQuote> contracts, DateOnly asOf, double spot, PricingInputs inputs, ExerciseStyle style)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(inputs);
        if (!double.IsFinite(spot) || spot <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(spot), spot, "Spot must be positive and finite.");
        }

        var rows = new GreeksRow[contracts.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var quote = contracts[i];
            try
            {
                rows[i] = Row(quote, asOf, spot, inputs, style);
            }
            catch (Exception ex) when (ModelFailure.IsModelError(ex))
            {
                rows[i] = new GreeksRow(quote.OccSymbol, quote.Right, quote.Strike, quote.Expiration, null, null, null, ModelFailure.ModelError) { Detail = ex.Message };
            }
        }

        return rows;
    }

    /// <summary>The rows as CSV (header, then one line per row; invariant culture, shortest round-trip numbers, empty when null, LF line ends).</summary>
    public static string ToCsv(IEnumerable<GreeksRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder(CsvHeader).Append('\n');
        foreach (var r in rows)
        {
            var g = r.Greeks;
            text.AppendJoin(',', r.Occ, r.Right == OptionRight.Call ? "call" : "put", Num(r.Strike), r.Expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Num(r.PriceUsed), Num(r.Iv), Num(g?.Delta), Num(g?.Gamma), Num(g?.ThetaPerDay), Num(g?.VegaPerVolPoint), Num(g?.Rho), r.Status).Append('\n');
        }

        return text.ToString();
    }

    private static GreeksRow Row(OptionQuote q, DateOnly asOf, double spot, PricingInputs inputs, ExerciseStyle style)
    {
        double? price = q.Bid is > 0 and var bid && q.Ask is { } ask && ask >= bid ? 0.5 * (bid + ask) : q.Last is > 0 and var last ? last : null;
        var years = (q.Expiration.DayNumber - asOf.DayNumber) / 365.0;
        var solved = style == ExerciseStyle.American
            ? AmericanImpliedVolatilitySolver.Solve(q.Right, price ?? double.NaN, spot, q.Strike, years, inputs.RiskFreeRate, inputs.DividendYield)
            : ImpliedVolatilitySolver.Solve(q.Right, price ?? double.NaN, spot, q.Strike, years, inputs.RiskFreeRate, inputs.DividendYield);
        if (solved.Volatility is not { } iv)
        {
            return new GreeksRow(q.OccSymbol, q.Right, q.Strike, q.Expiration, price, null, null, solved.FailureReason!);
        }

        var greeks = style == ExerciseStyle.American
            ? AmericanBinomial.Greeks(q.Right, spot, q.Strike, years, inputs.RiskFreeRate, inputs.DividendYield, iv)
            : BlackScholesMerton.Greeks(q.Right, spot, q.Strike, years, inputs.RiskFreeRate, inputs.DividendYield, iv);
        return new GreeksRow(q.OccSymbol, q.Right, q.Strike, q.Expiration, price, iv, greeks, "OK");
    }

    private static string Num(double? value) => value is { } v && double.IsFinite(v) ? v.ToString(CultureInfo.InvariantCulture) : "";
}
