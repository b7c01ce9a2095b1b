namespace Kapman.Recommendation.Decision.Inputs;

/// <summary>
/// The regime readings stage E compares (docs/domain/decision-engine.md#e-regime, seed 003 §2.5 stage E and Appendix D). A
/// null reading is missing data: the stage that needs it fails closed (docs/domain/decision-engine.md#e-regime, seed 003 §11 R3, R8).
/// </summary>
/// <param name="Vix">CBOE VIX, index points.</param>
/// <param name="Vix3M">CBOE VIX3M (3-month), index points.</param>
/// <param name="Close">Underlying's last close, $ per share.</param>
/// <param name="Ema20">20-session EMA of the close, $ per share.</param>
/// <param name="Sma50">50-session SMA of the close, $ per share.</param>
/// <param name="Adx14">ADX(14), 0..100.</param>
/// <param name="RealizedVol20">20-session close-to-close realised volatility, annualised decimal.</param>
/// <param name="AtmImpliedVol">At-the-money implied volatility near 30 days, annualised decimal.</param>
/// <param name="IvRank">IV rank over the past year, 0..100.</param>
public sealed record RegimeSnapshot(
    double? Vix,
    double? Vix3M,
    double? Close,
    double? Ema20,
    double? Sma50,
    double? Adx14,
    double? RealizedVol20,
    double? AtmImpliedVol,
    double? IvRank)
{
    /// <summary>VIX / VIX3M; below 1 is contango, at or above 1 backwardation. Null when either is missing or VIX3M ≤ 0.</summary>
    public double? VixTermRatio => Vix is { } v && Vix3M is { } v3 && v3 > 0 ? v / v3 : null;

    /// <summary>Volatility risk premium, ATM IV − realised vol (annualised decimal); null when either is missing.</summary>
    public double? VolatilityRiskPremium => AtmImpliedVol is { } iv && RealizedVol20 is { } rv ? iv - rv : null;
}
