namespace Kapman.Options.Core;

/// <summary>The daily summary of one underlying's chain (docs/domain/options-metrics.md#daily-summary, seed 002 story 2.2 <c>options_daily_summary</c>; formulas in <see cref="DailySummaryCalculator"/>).</summary>
/// <param name="TotalCallOi">Σ open interest of calls (contracts).</param>
/// <param name="TotalPutOi">Σ open interest of puts (contracts).</param>
/// <param name="TotalCallVolume">Σ session volume of calls (contracts).</param>
/// <param name="TotalPutVolume">Σ session volume of puts (contracts).</param>
/// <param name="WeightedAverageIv">OI-weighted average IV (annualised decimal) of contracts with an IV and OI, or null.</param>
/// <param name="TopCallStrikes">Up to 3 call strikes with the most OI summed over expirations, most first.</param>
/// <param name="TopPutStrikes">Up to 3 put strikes likewise.</param>
/// <param name="CallGammaTotal">Σ Γ × OI × shares of calls: share-equivalent delta change per $1 move.</param>
/// <param name="PutGammaTotal">Σ Γ × OI × shares of puts.</param>
/// <param name="CallDeltaTotal">Σ Δ × OI × shares of calls: share-equivalent exposure (holder's side).</param>
/// <param name="PutDeltaTotal">Σ Δ × OI × shares of puts (negative).</param>
/// <param name="NearestExpiry">The earliest expiration with at least 1 day left, or null.</param>
/// <param name="ExpirationsCount">Distinct expirations with at least 1 day left.</param>
/// <param name="ContractsAnalysed">Contracts with greeks and at least 1 day left (those in the gamma and delta totals).</param>
public sealed record DailySummary(
    long TotalCallOi,
    long TotalPutOi,
    long TotalCallVolume,
    long TotalPutVolume,
    double? WeightedAverageIv,
    IReadOnlyList<StrikeWall> TopCallStrikes,
    IReadOnlyList<StrikeWall> TopPutStrikes,
    double CallGammaTotal,
    double PutGammaTotal,
    double CallDeltaTotal,
    double PutDeltaTotal,
    DateOnly? NearestExpiry,
    int ExpirationsCount,
    int ContractsAnalysed);
