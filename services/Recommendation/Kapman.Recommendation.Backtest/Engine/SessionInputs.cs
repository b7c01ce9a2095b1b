using Kapman.MarketData;
using Kapman.Recommendation.Backtest.History;
using Kapman.Recommendation.Backtest.ModelChain;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Daily;
using Kapman.Recommendation.Decision.Inputs;

namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>
/// Builds the pipeline's <see cref="DecisionInput"/> for one session of the history (docs/domain/decision-engine.md#backtesting), as
/// live builds it from its feeds: the chain (model-priced), regime readings from the bars of the completed sessions before today
/// (EMA20, SMA50, ADX14, RV20 over the last <see cref="IndicatorBars"/> bars), VIX and VIX3M, the chain's ATM IV nearest 30 days,
/// the VIX's one-year rank as the IV rank, the session's volume against the 20 sessions before, the macro windows and the
/// corporate calendar. The decision instant is the close minus the configured minutes; the spot is the session's close (the
/// daily history has no intraday price).
/// </summary>
public static class SessionInputs
{
    /// <summary>Bars fed to the indicators (the 50-bar SMA and the 14-bar ADX need about 50; 260 lets the EMA and ADX settle).</summary>
    public const int IndicatorBars = DailyDecisionInputs.IndicatorBars;

    /// <summary>Sessions in the IV-rank look-back (one year).</summary>
    public const int IvRankSessions = DailyDecisionInputs.IvRankSessions;

    /// <summary>Sessions in the underlying's average volume.</summary>
    public const int VolumeSessions = DailyDecisionInputs.VolumeSessions;

    /// <summary>The decision instant of <paramref name="date"/>.</summary>
    public static DateTimeOffset DecisionInstant(DateOnly date, BacktestSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return MarketClock.Close(date).AddMinutes(-settings.DecisionMinutesBeforeClose);
    }

    /// <summary>The market the chain of session <paramref name="index"/> is priced from, or null without a VIX close that day.</summary>
    public static ModelMarket? Market(IReadOnlyList<BacktestSession> history, int index, BacktestSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        var session = history[index];
        return session.Vix is { } vix ? new ModelMarket(settings.Underlying, session.Bar.Close, vix, session.Vix3M, DecisionInstant(session.Date, settings)) : null;
    }

    /// <summary>
    /// The decision input of session <paramref name="index"/>, or null when the day has no VIX (no chain can be priced). A session
    /// with a stored chain (<see cref="BacktestSession.StoredChain"/>) decides on that chain; every other one on the model-priced chain.
    /// The rest is <see cref="DailyDecisionInputs.Build"/>, the recipe the live daily run uses.
    /// </summary>
    public static DecisionInput? Build(IReadOnlyList<BacktestSession> history, int index, BacktestSettings settings)
    {
        if (Market(history, index, settings) is not { } market)
        {
            return null;
        }

        var session = history[index];
        var chain = session.StoredChain ?? ModelChainBuilder.Build(market, settings.ModelChain, settings.Pricing);
        var start = Math.Max(0, index - IndicatorBars);
        var bars = new List<Bar>(index - start);
        for (var i = start; i < index; i++)
        {
            bars.Add(history[i].Bar);
        }

        var corporate = settings.ModelDividends ? ModelDividendCalendar.For(settings.Underlying, session.Date, market.Spot, settings.Pricing.DividendYield) : null;
        return DailyDecisionInputs.Build(
            settings.Structure, market.Now, chain, bars, session.Bar.Volume, market.Vix, market.Vix3M, IvRank(history, index), settings.MacroEvents, corporate, settings.Pricing);
    }

    private static double? IvRank(IReadOnlyList<BacktestSession> history, int index)
    {
        var values = new List<double>(IvRankSessions);
        for (var i = Math.Max(0, index - IvRankSessions + 1); i <= index; i++)
        {
            if (history[i].Vix is { } v)
            {
                values.Add(v);
            }
        }

        return RegimeReadings.IvRank(values);
    }
}
