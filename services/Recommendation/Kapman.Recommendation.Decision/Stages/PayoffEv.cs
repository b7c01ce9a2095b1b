using Kapman.OptionMath.Probability;
using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage G's EV_net for the structures of seed 003 Appendix H whose extremes are not a wing width: iron fly, debit butterfly,
/// cash-secured put and covered call (docs/domain/decision-engine.md#g-corporate-guard-and-ev). The max profit, max loss and
/// breakevens are those of the P&amp;L at expiry (<see cref="ExpiryPayoff"/>, the covered call with its 100 shares valued at the
/// spot); EV_net is Appendix C's formula on them (<see cref="EvNet.FromExtremes"/>).
/// <para>
/// POP: Appendix C's P(every sold leg expires out of the money) where that is the full-credit event (the cash-secured put).
/// Otherwise the probability of a profit at expiry, P(S_T in a profit interval between breakevens): the iron fly sells its put
/// and call at one strike, so Appendix C's event has probability 0; a debit butterfly profits near its sold body, not away
/// from it; a covered call's P&amp;L is the shares' too. Each bound is priced lognormally (drift r − q) at the IV of the leg whose
/// strike is nearest it (ties to the sold leg, then the lower strike), as the existing structures price each tail at its sold
/// strike's IV.
/// </para>
/// </summary>
internal static class PayoffEv
{
    /// <summary>EV_net for one structure, or null (after adding the failed check) when the loss is unbounded.</summary>
    public static EvNet? Compute(
        Candidate candidate, double credit, double soldLegsPop, double years, double drift, FrictionModel friction, List<ComparedValue> compared)
    {
        if (candidate.Legs.FirstOrDefault(l => l.Quote.ImpliedVolatility is not > 0) is { } missing)
        {
            compared.Add(ComparedValue.Check($"{missing.Quote.OccSymbol} implied volatility", null, ">", 0));
            return null;
        }

        var payoff = ExpiryPayoff.Of(candidate, credit);
        compared.Add(ComparedValue.Info("max profit per share", payoff.MaxProfit));
        compared.Add(ComparedValue.Check("max loss per share (bounded)", payoff.MaxLoss, ">=", 0));
        for (var i = 0; i < payoff.Breakevens.Count; i++)
        {
            compared.Add(ComparedValue.Info($"breakeven {i + 1}", payoff.Breakevens[i]));
        }

        if (!double.IsFinite(payoff.MaxLoss) || !double.IsFinite(payoff.MaxProfit))
        {
            return null;
        }

        var profitPop = ProfitProbability(candidate, payoff, years, drift);
        double pop;
        if (candidate.Structure.UsesSoldLegsPop())
        {
            compared.Add(ComparedValue.Info("pop (profit at expiry)", profitPop));
            compared.Add(ComparedValue.Info("pop (sold legs expire otm)", soldLegsPop));
            pop = soldLegsPop;
        }
        else
        {
            compared.Add(ComparedValue.Info("pop (sold legs expire otm, Appendix C)", soldLegsPop));
            compared.Add(ComparedValue.Info("pop (profit at expiry)", profitPop));
            pop = profitPop;
        }

        return EvNet.FromExtremes(
            pop, credit, candidate.MaxWingWidth, payoff.MaxProfit, payoff.MaxLoss, 1, friction.Multiplier, FrictionCalculator.FrictionUsd(candidate, 1, friction));
    }

    /// <summary>Σ over the profit intervals of P(lower &lt; S_T &lt; upper), each bound at its nearest leg's IV; clamped to 0..1.</summary>
    public static double ProfitProbability(Candidate candidate, ExpiryPayoff payoff, double years, double drift)
    {
        var total = 0d;
        foreach (var (lower, upper) in payoff.ProfitIntervals())
        {
            var aboveLower = lower is { } l && l > 0 ? LognormalProbability.Above(candidate.Spot, l, years, drift, IvNear(candidate, l)) : 1d;
            var aboveUpper = upper is { } u ? LognormalProbability.Above(candidate.Spot, u, years, drift, IvNear(candidate, u)) : 0d;
            total += Math.Max(0d, aboveLower - aboveUpper);
        }

        return Math.Clamp(total, 0d, 1d);
    }

    private static double IvNear(Candidate candidate, double price) =>
        candidate.Legs.OrderBy(l => Math.Abs(l.Quote.Strike - price)).ThenBy(l => l.IsShort ? 0 : 1).ThenBy(l => l.Quote.Strike).First().Quote.ImpliedVolatility!.Value;
}
