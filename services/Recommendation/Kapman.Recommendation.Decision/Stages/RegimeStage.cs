using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage E, regime (docs/domain/decision-engine.md#e-regime, seed 003 §2.5 stage E, Appendix D). E1: VIX / VIX3M below the
/// limit (contango), for every structure. E2: for credit structures (every type but the debit butterfly) VRP = ATM IV − RV20 at
/// least the minimum ("negative VRP blocks credit selling"); an uptrend (close &gt; EMA20 &gt; SMA50) blocks a credit call spread,
/// a downtrend (close &lt; EMA20 &lt; SMA50) a credit put spread ("directional conflicts block spreads"), ADX(14) above the limit
/// an iron condor ("ADX &gt; threshold blocks iron condors"). The seed names the trend rule for spreads and the ADX rule for iron
/// condors only, so neither judges the iron fly, the cash-secured put or the covered call, and the debit butterfly meets E1 and
/// E3 only. E3: IV rank at least the minimum when configured, for every structure (the seed's "IVR regime (optional)" has no
/// per-structure direction, so a debit structure is not given a low-IV rule of its own). A missing reading fails its comparison
/// (fail closed, seed §11 R3/R8).
/// </summary>
public static class RegimeStage
{
    /// <summary>The verdict.</summary>
    public static GateVerdict Evaluate(StructureType structure, RegimeSnapshot regime, RegimeThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(regime);
        ArgumentNullException.ThrowIfNull(thresholds);
        var compared = new List<ComparedValue> { ComparedValue.Check("vix/vix3m", regime.VixTermRatio, "<", thresholds.MaxVixTermRatio) };
        if (structure.IsCredit())
        {
            compared.Add(ComparedValue.Check("vrp (atm iv - rv20)", regime.VolatilityRiskPremium, ">=", thresholds.MinVolatilityRiskPremium));
        }

        var trend = Trend(regime);
        switch (structure)
        {
            case StructureType.CreditCallSpread:
                compared.Add(ComparedValue.Check("uptrend (close>ema20>sma50)", trend is null ? null : trend > 0 ? 1 : 0, "<", 1));
                break;
            case StructureType.CreditPutSpread:
                compared.Add(ComparedValue.Check("downtrend (close<ema20<sma50)", trend is null ? null : trend < 0 ? 1 : 0, "<", 1));
                break;
            case StructureType.IronCondor:
                compared.Add(ComparedValue.Check("adx14", regime.Adx14, "<=", thresholds.MaxAdxForIronCondor));
                break;
        }

        if (thresholds.MinIvRank is { } minIvRank)
        {
            compared.Add(ComparedValue.Check("iv rank", regime.IvRank, ">=", minIvRank));
        }

        return GateVerdict.From(GateStage.Regime, compared, "Regime allows the structure", "Regime blocks the structure");
    }

    /// <summary>+1 uptrend, −1 downtrend, 0 neither; null when a reading is missing.</summary>
    private static int? Trend(RegimeSnapshot r) =>
        r is { Close: { } c, Ema20: { } e, Sma50: { } s }
            ? c > e && e > s ? 1 : c < e && e < s ? -1 : 0
            : null;
}
