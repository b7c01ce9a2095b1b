using Kapman.Recommendation.Data;
using Kapman.Recommendation.Decision;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Daily;
using Kapman.Recommendation.Decision.Inputs;

namespace Kapman.Recommendation.Decisions;

/// <summary>
/// The decision core in the daily run (docs/domain/decision-engine.md#the-daily-run): for every underlying with a stored chain on the
/// session and every configured structure, builds the input with <see cref="DailyDecisionInputs.Build"/> (the backtester's recipe)
/// from the stored chain (its contracts only), the daily bars before the session, the session's VIX and VIX3M closes and the VIX's
/// one-year rank, and runs <see cref="DecisionPipeline.Run"/>. The decision instant is the session's close minus
/// <see cref="DecisionSettings.DecisionMinutesBeforeClose"/>. No macro windows are configured yet (stage B checks the NYSE calendar).
/// </summary>
public sealed class DecisionRunner(DecisionSettings settings, DecisionInputsReader reader, VolatilityIndexFiles volatility, ICorporateEventsSource corporate)
{
    /// <summary>Every candidate of the session, by ticker then structure; empty when the core is disabled.</summary>
    public async Task<IReadOnlyList<GateDecision>> DecideAsync(IEnumerable<string> tickers, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        if (!settings.Enabled)
        {
            return [];
        }

        var now = MarketClock.Close(session).AddMinutes(-settings.DecisionMinutesBeforeClose);
        var vix = volatility.Vix();
        var vix3M = volatility.Vix3M();
        var decisions = new List<GateDecision>();
        foreach (var ticker in tickers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var chain = await reader.ChainAsync(ticker, session, now, ct);
            var (before, today) = await reader.BarsAsync(ticker, session, DailyDecisionInputs.IndicatorBars, ct);
            var rankDates = before.Skip(Math.Max(0, before.Count - (DailyDecisionInputs.IvRankSessions - 1))).Select(b => b.Date).Append(session);
            var ivRank = RegimeReadings.IvRank(rankDates.Where(vix.ContainsKey).Select(d => vix[d]).ToList());
            var calendar = corporate.CalendarFor(ticker, session);
            foreach (var structure in settings.Structures)
            {
                var input = DailyDecisionInputs.Build(
                    structure, now, chain, before, today?.Volume, Close(vix, session), Close(vix3M, session), ivRank, [], calendar, settings.Pricing);
                decisions.Add(new GateDecision(ticker, structure, session, now, DecisionPipeline.Run(input, settings.Thresholds), GateDecision.StoredChainPricing));
            }
        }

        return decisions;
    }

    private static double? Close(IReadOnlyDictionary<DateOnly, double> closes, DateOnly session) =>
        closes.TryGetValue(session, out var close) ? close : null;
}
