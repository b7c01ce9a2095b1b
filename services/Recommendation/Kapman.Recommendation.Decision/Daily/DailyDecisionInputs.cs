using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Decision.Daily;

/// <summary>
/// Builds one session's <see cref="DecisionInput"/> from daily data, the one recipe the live daily run and the backtester share
/// (docs/domain/decision-engine.md#the-daily-run, seed 003 §5 "G6.3": gates fire identically): regime readings from the completed
/// sessions before today (EMA20, SMA50, ADX14, RV20 over the last <see cref="IndicatorBars"/> bars, seed 003 Appendix D), the
/// session's VIX and VIX3M closes, the chain's ATM IV nearest 30 days, the caller's IV rank, and the session's volume against the
/// mean of the <see cref="VolumeSessions"/> sessions before. Pure: every input is an argument.
/// </summary>
public static class DailyDecisionInputs
{
    /// <summary>Bars fed to the indicators (the 50-bar SMA and the 14-bar ADX need about 50; 260 lets the EMA and ADX settle).</summary>
    public const int IndicatorBars = 260;

    /// <summary>Sessions in the IV-rank look-back (one year), today included.</summary>
    public const int IvRankSessions = 252;

    /// <summary>Sessions in the underlying's average volume.</summary>
    public const int VolumeSessions = 20;

    /// <summary>Days from the decision instant to the expiration whose ATM IV the VRP compares with RV20.</summary>
    public const int AtmIvDays = 30;

    /// <summary>The decision input of one underlying, structure and session.</summary>
    /// <param name="structure">The structure the strategy trades.</param>
    /// <param name="now">The decision instant.</param>
    /// <param name="chain">The session's chain (stored or model-priced).</param>
    /// <param name="barsBefore">Completed daily bars before today, ascending; only the last <see cref="IndicatorBars"/> are read.</param>
    /// <param name="todayVolume">Shares traded in the session, or null when today's bar is missing (liquidity factor 4 then fails).</param>
    /// <param name="vix">The session's VIX close, or null.</param>
    /// <param name="vix3M">The session's VIX3M close, or null.</param>
    /// <param name="ivRank">IV rank 0..100 (see <see cref="RegimeReadings.IvRank"/>), or null.</param>
    /// <param name="macroEvents">Configured macro windows (stage B).</param>
    /// <param name="corporate">The corporate-events source's answer, or null when no source is configured (stage G fails closed for credit).</param>
    /// <param name="pricing">Risk-free rate and dividend yield.</param>
    public static DecisionInput Build(
        StructureType structure,
        DateTimeOffset now,
        DecisionChain chain,
        IReadOnlyList<Bar> barsBefore,
        double? todayVolume,
        double? vix,
        double? vix3M,
        double? ivRank,
        IReadOnlyList<MacroEvent> macroEvents,
        CorporateCalendar? corporate,
        PricingInputs pricing)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(barsBefore);
        var start = Math.Max(0, barsBefore.Count - IndicatorBars);
        var bars = new List<Bar>(barsBefore.Count - start);
        for (var i = start; i < barsBefore.Count; i++)
        {
            bars.Add(barsBefore[i]);
        }

        var regime = RegimeReadings.FromBars(bars, vix, vix3M, ChainVolatility.AtmIvNear(chain, now, AtmIvDays), ivRank);
        return new DecisionInput(structure, now, chain, regime, Activity(bars, todayVolume), macroEvents, corporate, pricing);
    }

    /// <summary>
    /// Today's volume against the mean of the <see cref="VolumeSessions"/> bars before (Σ volume / 20, summed in date order); null
    /// with fewer bars or no volume for today.
    /// </summary>
    public static UnderlyingActivity? Activity(IReadOnlyList<Bar> barsBefore, double? todayVolume)
    {
        ArgumentNullException.ThrowIfNull(barsBefore);
        if (todayVolume is not { } volume || barsBefore.Count < VolumeSessions)
        {
            return null;
        }

        var average = 0d;
        for (var i = barsBefore.Count - VolumeSessions; i < barsBefore.Count; i++)
        {
            average += barsBefore[i].Volume / VolumeSessions;
        }

        return new UnderlyingActivity(volume, average);
    }
}
