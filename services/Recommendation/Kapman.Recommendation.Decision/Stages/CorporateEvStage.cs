using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.OptionMath.Probability;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage G, corporate guard and EV (docs/domain/decision-engine.md#g-corporate-guard-and-ev, seed 003 §2.5 stage G, §2.6,
/// §11 R9, Appendix C).
/// <list type="bullet">
/// <item>Source: no corporate-actions source fails a credit structure closed (R9).</item>
/// <item>G1: an earnings date from today through expiration + buffer blocks.</item>
/// <item>G2: an ex-dividend date from today through expiration blocks a sold call whose extrinsic value (mid − intrinsic) is not
/// above the dividend, the condition under which early exercise before the ex-date pays (Merton 1973, "Theory of rational option pricing"; Hull, 10th ed., ch. 11, effect of dividends);
/// an unknown dividend amount blocks.</item>
/// <item>G3: POP = P(every sold leg expires out of the money) under the lognormal model, each tail with its sold strike's IV and
/// drift r − q (the iron fly, the debit butterfly and the covered call use the probability of a profit at expiry instead, see
/// <see cref="PayoffEv"/>); EV_net (Appendix C) above the minimum; each sold strike's probability of touch at most the maximum
/// for a credit structure (reported only for the debit butterfly, whose sold body is meant to be reached); the loss of a 1 %
/// move from gamma alone, 0.5·|ΣΓ|·(0.01·S)²·multiplier when ΣΓ &lt; 0, at most the cap.</item>
/// </list>
/// </summary>
public static class CorporateEvStage
{
    /// <summary>The verdict and EV_net (per one structure).</summary>
    public static CorporateEvOutcome Evaluate(Candidate candidate, DecisionInput input, GuardThresholds thresholds, FrictionModel friction)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(friction);
        var today = MarketClock.SessionDate(input.Now);
        var compared = new List<ComparedValue>();
        if (input.Corporate is not { } corporate)
        {
            var credit = candidate.Structure.IsCredit();
            compared.Add(credit
                ? ComparedValue.Check("corporate-events source configured", 0, ">=", 1)
                : ComparedValue.Info("corporate-events source configured", 0));
            if (credit)
            {
                return new CorporateEvOutcome(
                    new GateVerdict(GateStage.CorporateAndEv, false, "No corporate-events source: credit structure blocked (fail closed for credit strategies, R9)", compared), null);
            }
        }
        else
        {
            Guard(candidate, corporate, today, thresholds, compared);
        }

        var ev = Probabilities(candidate, input, thresholds, friction, compared);
        return new CorporateEvOutcome(GateVerdict.From(GateStage.CorporateAndEv, compared, "No corporate event in the way; EV_net, touch and gamma within limits", "Corporate guard or EV blocks"), ev);
    }

    private static void Guard(Candidate candidate, CorporateCalendar corporate, DateOnly today, GuardThresholds thresholds, List<ComparedValue> compared)
    {
        var earningsEnd = candidate.Expiration.AddDays(thresholds.EarningsBufferDays);
        var earnings = corporate.Events.Where(e => e.Kind == CorporateEventKind.Earnings && e.Date >= today && e.Date <= earningsEnd).ToList();
        compared.Add(ComparedValue.Info($"corporate events from {corporate.Source}", corporate.Events.Count));
        compared.Add(ComparedValue.Check($"earnings {today:yyyy-MM-dd}..{earningsEnd:yyyy-MM-dd}", earnings.Count, "<=", 0));
        foreach (var exDividend in corporate.Events.Where(e => e.Kind == CorporateEventKind.ExDividend && e.Date >= today && e.Date <= candidate.Expiration))
        {
            foreach (var call in candidate.ShortLegs.Where(l => l.Quote.Right == OptionRight.Call))
            {
                var extrinsic = call.Quote.Mid is { } mid ? mid - Math.Max(0d, candidate.Spot - call.Quote.Strike) : (double?)null;
                var margin = extrinsic is { } x && exDividend.DividendPerShare is { } dividend ? x - dividend : (double?)null;
                compared.Add(ComparedValue.Check($"ex-div {exDividend.Date:yyyy-MM-dd} {call.Quote.OccSymbol} extrinsic - dividend", margin, ">", 0));
            }
        }
    }

    private static EvNet? Probabilities(Candidate candidate, DecisionInput input, GuardThresholds thresholds, FrictionModel friction, List<ComparedValue> compared)
    {
        var years = MarketClock.YearsToExpiry(input.Now, candidate.Expiration);
        var drift = input.Pricing.RiskFreeRate - input.Pricing.DividendYield;
        var spot = candidate.Spot;
        var pop = 1d;
        foreach (var leg in candidate.ShortLegs)
        {
            var q = leg.Quote;
            if (q.ImpliedVolatility is not { } iv || !(iv > 0))
            {
                compared.Add(ComparedValue.Check($"{q.OccSymbol} implied volatility", null, ">", 0));
                return null;
            }

            pop -= q.Right == OptionRight.Put
                ? LognormalProbability.Below(spot, q.Strike, years, drift, iv)
                : LognormalProbability.Above(spot, q.Strike, years, drift, iv);
            var touch = TouchProbability.Touch(spot, q.Strike, years, drift, iv);
            compared.Add(candidate.Structure.IsCredit()
                ? ComparedValue.Check($"{q.OccSymbol} probability of touch", touch, "<=", thresholds.MaxProbabilityOfTouch)
                : ComparedValue.Info($"{q.OccSymbol} probability of touch", touch));
        }

        pop = Math.Clamp(pop, 0d, 1d);
        var credit = FrictionCalculator.CreditAfterSlippage(candidate, friction);
        EvNet ev;
        if (candidate.Structure is StructureType.IronCondor or StructureType.CreditPutSpread or StructureType.CreditCallSpread)
        {
            compared.Add(ComparedValue.Info("pop (between breakevens)", BreakevenPop(candidate, credit, years, drift)));
            ev = EvNet.Compute(pop, credit, candidate.MaxWingWidth, 1, friction.Multiplier, FrictionCalculator.FrictionUsd(candidate, 1, friction));
            compared.Add(ComparedValue.Info("pop (sold legs expire otm)", pop));
        }
        else if (PayoffEv.Compute(candidate, credit, pop, years, drift, friction, compared) is { } payoffEv)
        {
            ev = payoffEv;
        }
        else
        {
            return null;
        }

        compared.Add(ComparedValue.Info("credit after slippage", credit));
        compared.Add(ComparedValue.Info("max profit usd", ev.MaxProfitUsd));
        compared.Add(ComparedValue.Info("max loss usd", ev.MaxLossUsd));
        compared.Add(ComparedValue.Info("friction usd", ev.FrictionUsd));
        compared.Add(ComparedValue.Check("ev_net usd", ev.Value, ">", thresholds.MinEvNetUsd));
        compared.Add(ComparedValue.Check("gamma loss on a 1% move usd", GammaLossOnePercent(candidate, input, years, friction.Multiplier), "<=", thresholds.MaxGammaLossOnePercentUsd));
        return ev;
    }

    /// <summary>
    /// P(profit at expiry): S_T between the breakevens sold put − credit and sold call + credit (a spread has one), each tail with
    /// its sold strike's IV. Informational: EV_net uses the seed's POP (every sold leg out of the money).
    /// </summary>
    private static double BreakevenPop(Candidate candidate, double credit, double years, double drift)
    {
        var pop = 1d;
        foreach (var leg in candidate.ShortLegs)
        {
            var q = leg.Quote;
            var iv = q.ImpliedVolatility!.Value;
            if (q.Right == OptionRight.Put)
            {
                var breakeven = q.Strike - credit;
                pop -= breakeven > 0 ? LognormalProbability.Below(candidate.Spot, breakeven, years, drift, iv) : 0d;
            }
            else
            {
                pop -= LognormalProbability.Above(candidate.Spot, q.Strike + credit, years, drift, iv);
            }
        }

        return Math.Clamp(pop, 0d, 1d);
    }

    /// <summary>0.5·max(0, −ΣqΓ)·(0.01·S)²·multiplier; null when a leg lacks an IV.</summary>
    private static double? GammaLossOnePercent(Candidate candidate, DecisionInput input, double years, int multiplier)
    {
        var netGamma = 0d;
        foreach (var leg in candidate.Legs)
        {
            if (leg.Quote.ImpliedVolatility is not { } iv || !(iv > 0))
            {
                return null;
            }

            netGamma += leg.Quantity * BlackScholesMerton.Gamma(candidate.Spot, leg.Quote.Strike, years, input.Pricing.RiskFreeRate, input.Pricing.DividendYield, iv);
        }

        var move = 0.01 * candidate.Spot;
        return 0.5 * Math.Max(0d, -netGamma) * move * move * multiplier;
    }
}
