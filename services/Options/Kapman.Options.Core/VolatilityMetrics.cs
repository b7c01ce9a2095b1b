namespace Kapman.Options.Core;

/// <summary>Volatility metrics of one chain (formulas in <see cref="VolatilityMetricsCalculator"/>); IVs are annualised decimals.</summary>
/// <param name="AverageIv">OI-weighted average IV of all usable contracts, or null.</param>
/// <param name="CallAverageIv">OI-weighted average IV of usable calls, or null.</param>
/// <param name="PutAverageIv">OI-weighted average IV of usable puts, or null.</param>
/// <param name="SkewExpiration">The expiration the 25-delta skew was measured on (nearest 30 DTE), or null.</param>
/// <param name="Skew25Delta">Put IV at Δ = −0.25 minus call IV at Δ = +0.25 on that expiration, or null.</param>
/// <param name="TermStructure">ATM IV per expiration, nearest first.</param>
/// <param name="AtmIv30">ATM IV at 30 days, interpolated in total variance between expirations, or null.</param>
/// <param name="AtmIv90">ATM IV at 90 days, likewise, or null.</param>
/// <param name="TermSlope30To90">AtmIv90 − AtmIv30 (positive = contango), or null.</param>
/// <param name="PutCallOiRatio">Σ put OI / Σ call OI over the whole chain, or null when no call OI.</param>
/// <param name="PutCallVolumeRatio">Σ put volume / Σ call volume, or null when no call volume.</param>
public sealed record VolatilityMetrics(
    double? AverageIv,
    double? CallAverageIv,
    double? PutAverageIv,
    DateOnly? SkewExpiration,
    double? Skew25Delta,
    IReadOnlyList<TermStructurePoint> TermStructure,
    double? AtmIv30,
    double? AtmIv90,
    double? TermSlope30To90,
    double? PutCallOiRatio,
    double? PutCallVolumeRatio);
