namespace Kapman.Recommendation.Backtest.ModelChain;

/// <summary>
/// Parameters of the model-priced chain (docs/domain/decision-engine.md#model-priced-chains). The defaults are calibrated on SPY's
/// stored chain of 2025-08-26 (Yahoo, 7,011 contracts; VIX 14.62, VIX3M 17.90 that day): one calm day, so the skew and the spreads
/// of stressed markets are not represented.
/// </summary>
/// <param name="AtmToVixRatio">ATM implied volatility / the VIX term level at the same horizon (0.79: 30-day ATM IV 0.116 / VIX
/// 0.1462 and 93-day 0.139 / VIX3M 0.179 on the calibration day). The VIX is a variance-swap level, above ATM IV by the skew's
/// contribution (Carr and Wu 2006, "A tale of two indices").</param>
/// <param name="PutSkewSlope">β for strikes below the spot in IV(K) = σ_ATM(T)·(1 + β·ln(K/S)/√T) (−2.3: least squares over OTM puts
/// with ln(K/S)/√T ≥ −0.6, 17 to 178 DTE, fitted −1.9 to −2.6).</param>
/// <param name="CallSkewSlope">β for strikes at or above the spot (−0.7: OTM calls with ln(K/S)/√T ≤ 0.3, fitted −0.5 to −0.9).</param>
/// <param name="MinSkewFactor">Lower clamp of the factor 1 + β·ln(K/S)/√T (0.5).</param>
/// <param name="MaxSkewFactor">Upper clamp of the factor (4).</param>
/// <param name="SpreadBase">Full bid-ask spread at a zero mid, $ per share (0.01).</param>
/// <param name="SpreadPerDollar">Spread added per dollar of mid (0.005): medians of the calibration chain, 14 to 120 DTE, were
/// $0.01 below a $1 mid, $0.02 at $1-2, $0.03 at $2-5, $0.04 at $5-10, $0.06 at $10-20.</param>
/// <param name="StrikeStep">Listed strike grid, $ (1: SPY lists $1 strikes around the money).</param>
/// <param name="StrikeRangeDeviations">Strikes are listed from S·e^(−nσ√T) to S·e^(+nσ√T) with this n (4), at least ±10 steps.</param>
/// <param name="MaxExpiryDays">Monthly expirations listed up to this many calendar days ahead (120).</param>
public sealed record ModelChainSettings(
    double AtmToVixRatio = 0.79,
    double PutSkewSlope = -2.3,
    double CallSkewSlope = -0.7,
    double MinSkewFactor = 0.5,
    double MaxSkewFactor = 4d,
    double SpreadBase = 0.01,
    double SpreadPerDollar = 0.005,
    double StrikeStep = 1d,
    double StrikeRangeDeviations = 4d,
    int MaxExpiryDays = 120);
