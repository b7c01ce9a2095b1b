using System.Text.RegularExpressions;
using Kapman.MarketData;
using Kapman.Recommendation.Backtest.History;
using Kapman.Recommendation.Backtest.ModelChain;
using Kapman.Recommendation.Decision;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>
/// The backtest event loop (docs/domain/decision-engine.md#backtesting, seed 003 §5 task 6.2.3 <c>BacktestRunner</c>). For each
/// session from <see cref="BacktestSettings.From"/> to <see cref="BacktestSettings.To"/>, in order:
/// <list type="number">
/// <item>Exits: every position entered before today is marked on today's model-priced quotes and checked by <see cref="ExitCheck"/>;
/// a close fills through <see cref="FillModel"/>, an expiration settles at intrinsic value.</item>
/// <item>Entry: below the position cap, the session's <see cref="SessionInputs.Build"/> goes through the SAME
/// <see cref="DecisionPipeline.Run"/> as live; an accepted candidate fills at its legs' quotes through <see cref="FillModel"/>, sized
/// by the risk fraction of the structure's max loss at expiry (<see cref="ExpiryPayoff"/>: wing − credit for a condor or spread,
/// the debit for a butterfly, strike − credit for a cash-secured put). A rejection is counted under its stage's letter.</item>
/// <item>Equity: cash plus every open position at its mid mark.</item>
/// </list>
/// On the last session every open position closes at its mark. Deterministic: no clock, no randomness; the same history and
/// settings give the same result.
/// </summary>
public static partial class BacktestRunner
{
    /// <summary>Runs the backtest over <paramref name="history"/> (ascending sessions; those before the start feed the indicators).</summary>
    /// <param name="history">Stored sessions.</param>
    /// <param name="settings">The run's settings.</param>
    /// <param name="progress">Called after each session with (sessions done, sessions in range); may be null.</param>
    /// <param name="decided">Called with each decision's session and result (its gate trail); may be null.</param>
    public static BacktestResult Run(
        IReadOnlyList<BacktestSession> history, BacktestSettings settings, Action<int, int>? progress = null, Action<DateOnly, DecisionResult>? decided = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        var thresholds = settings.EffectiveThresholds;
        var slippage = thresholds.Friction.SlippageFractionOfHalfSpread;
        var commissionPerContract = thresholds.Friction.CommissionPerContract + thresholds.Friction.FeesPerContract;
        var range = Enumerable.Range(0, history.Count).Where(i => history[i].Date >= settings.From && history[i].Date <= settings.To).ToList();
        var cash = settings.InitialCapital;
        var open = new List<OpenPosition>();
        var trades = new List<BacktestTrade>();
        var equity = new List<EquityPoint>(range.Count);
        var rejections = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failedChecks = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int decisions = 0, accepted = 0, atCap = 0, withoutVix = 0;
        ModelMarket? lastMarket = null;
        for (var n = 0; n < range.Count; n++)
        {
            var index = range[n];
            var session = history[index];
            var market = SessionInputs.Market(history, index, settings)
                ?? (lastMarket is null ? null : lastMarket with { Spot = session.Bar.Close, Now = SessionInputs.DecisionInstant(session.Date, settings) });
            lastMarket = market ?? lastMarket;
            var last = n == range.Count - 1;
            foreach (var position in open.Where(p => p.EntryDate < session.Date || last).ToList())
            {
                if (market is null)
                {
                    continue;
                }

                var quotes = Quotes(position, market, settings);
                var reason = last ? BacktestExitReason.EndOfTest : (BacktestExitReason?)null;
                var markDebit = -FillModel.MarkValue(quotes);
                reason ??= ExitCheck.Evaluate(position.EntryCredit, markDebit, position.Expiration.DayNumber - session.Date.DayNumber, settings.Exits);
                if (reason is not { } why)
                {
                    continue;
                }

                double debit, commission;
                if (why == BacktestExitReason.Expiration)
                {
                    debit = position.Legs.Sum(l => -l.Quantity * Intrinsic(l, session.Bar.Close));
                    commission = 0d;
                }
                else
                {
                    debit = -FillModel.NetCredit(quotes.Select(q => (q.Quote, -q.Quantity)), slippage);
                    commission = commissionPerContract * position.Legs.Sum(l => Math.Abs(l.Quantity)) * position.Units;
                }

                cash -= (debit * position.Units * 100d) + commission;
                open.Remove(position);
                trades.Add(new BacktestTrade(position, session.Date, debit, session.Bar.Close, why, position.EntryCommission + commission, BacktestTrade.ModelPriced));
            }

            if (!last)
            {
                if (open.Count >= settings.MaxOpenPositions)
                {
                    atCap++;
                }
                else if (SessionInputs.Build(history, index, settings) is not { } input)
                {
                    withoutVix++;
                }
                else
                {
                    decisions++;
                    var result = DecisionPipeline.Run(input, settings.ThresholdsFor(session.StoredChain is not null));
                    decided?.Invoke(session.Date, result);
                    if (result.Accepted && result.Candidate is { } candidate && result.Ev is { } ev)
                    {
                        accepted++;
                        var credit = FillModel.NetCredit(candidate.Legs.Select(l => (l.Quote, l.Quantity)), slippage);
                        var maxLossPerUnit = Math.Max(ExpiryPayoff.Of(candidate, credit).MaxLoss * 100d, 1d);
                        var currentEquity = equity.Count > 0 ? equity[^1].Equity : settings.InitialCapital;
                        var units = Math.Max(1, (int)Math.Floor(settings.RiskPerTradeFraction * currentEquity / maxLossPerUnit));
                        var commission = commissionPerContract * candidate.Legs.Sum(l => Math.Abs(l.Quantity)) * units;
                        var legs = candidate.Legs.Select(l => new PositionLeg(l.Quote.OccSymbol, l.Quote.Right, l.Quote.Strike, l.Quote.Expiration, l.Quantity)).ToList();
                        open.Add(new OpenPosition(
                            trades.Count + open.Count + 1, candidate.Structure, candidate.Underlying, session.Date, candidate.Expiration, legs, units, credit,
                            candidate.MaxWingWidth, candidate.Spot, input.Regime.Vix ?? double.NaN, ev.Pop, ev.Value, commission));
                        cash += (credit * units * 100d) - commission;
                    }
                    else if (result.Rejection is { } rejection)
                    {
                        rejections[rejection.Code] = rejections.GetValueOrDefault(rejection.Code) + 1;
                        foreach (var check in rejection.Compared.Where(c => !c.Passed))
                        {
                            var key = $"{rejection.Code}: {IsoDate().Replace(LegSymbol().Replace(check.Name, "leg"), "date")}";
                            failedChecks[key] = failedChecks.GetValueOrDefault(key) + 1;
                        }
                    }
                }
            }

            var marked = market is null ? 0d : open.Sum(p => FillModel.MarkValue(Quotes(p, market, settings)) * p.Units * 100d);
            equity.Add(new EquityPoint(session.Date, cash + marked, open.Count));
            progress?.Invoke(n + 1, range.Count);
        }

        return new BacktestResult(settings, thresholds, trades.OrderBy(t => t.Position.Id).ToList(), equity, decisions, accepted, rejections, failedChecks, atCap, withoutVix);
    }

    private static List<(ChainQuote Quote, int Quantity)> Quotes(OpenPosition position, ModelMarket market, BacktestSettings settings) =>
        position.Legs.Select(l => (ModelChainBuilder.Quote(l.Right, l.Strike, l.Expiration, market, settings.ModelChain, settings.Pricing), l.Quantity)).ToList();

    [GeneratedRegex(@"\b[A-Z]{1,6}\d{6}[CP]\d{8}\b")]
    private static partial Regex LegSymbol();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    private static double Intrinsic(PositionLeg leg, double spot) =>
        Math.Max(0d, leg.Right == OptionRight.Call ? spot - leg.Strike : leg.Strike - spot);
}
