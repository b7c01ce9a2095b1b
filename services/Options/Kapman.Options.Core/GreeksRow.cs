using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core;

/// <summary>One contract of the offline calculator's output (see <see cref="OfflineGreeksCalculator"/>).</summary>
/// <param name="Occ">OCC symbol without "O:".</param>
/// <param name="Right">Call or put.</param>
/// <param name="Strike">Strike in $ per share.</param>
/// <param name="Expiry">Expiration date.</param>
/// <param name="PriceUsed">Mid (bid + ask)/2 when both are present (bid &gt; 0, ask ≥ bid), else the last price, else null.</param>
/// <param name="Iv">Implied volatility (annualised decimal), or null.</param>
/// <param name="Greeks">Greeks per share (theta per calendar day, vega and rho per 1 point), or null.</param>
/// <param name="Status">"OK", an <see cref="ImpliedVolatilityFailure"/> code, or <see cref="ModelFailure.ModelError"/>.</param>
public sealed record GreeksRow(string Occ, OptionRight Right, double Strike, DateOnly Expiry, double? PriceUsed, double? Iv, Greeks? Greeks, string Status)
{
    /// <summary>Why the model failed when <see cref="Status"/> is <see cref="ModelFailure.ModelError"/>, else null (not part of the CSV).</summary>
    public string? Detail { get; init; }
}
