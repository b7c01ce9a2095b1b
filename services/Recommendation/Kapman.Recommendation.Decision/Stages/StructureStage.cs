using Kapman.MarketData;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage F, structure selection (docs/domain/decision-engine.md#f-structure-selection, seed 003 §2.5 stage F, §8.2, §8.3,
/// Appendix H).
/// <list type="number">
/// <item>Expiration: the eligible one nearest the middle of the DTE window (ties to the shorter); if the ATM IV term structure is
/// inverted there (its ATM IV above the next eligible expiration's), the shortest eligible one (§8.2 rule 2).</item>
/// <item>Usable contracts: two-sided quote, open interest &gt; 0 (§8.2 rule 3), a delta (feed or model).</item>
/// <item>Sold legs of the condor, the credit spreads, the cash-secured put and the covered call: the put and/or call whose |Δ| is
/// nearest the target (ties to the farther strike). The iron fly and the butterfly sell their body at |Δ| nearest
/// <see cref="StructureThresholds.BodyDelta"/> (<see cref="StructureLegs"/>).</item>
/// <item>Skew: 25-delta skew above 2 vol points widens the put wing by the configured factor (§8.2 rule 1): the condor's, the put
/// spread's and the iron fly's.</item>
/// <item>Bought legs: the strike nearest sold strike ∓ wing width, strictly beyond the sold one (ties to the wider wing); the
/// butterfly's two wings at equal distances.</item>
/// <item>Checks: enough strikes per side, the condor's sold put below its sold call, the premium checks of
/// <see cref="PremiumChecks"/>.</item>
/// </list>
/// The wheel must be resolved first (<see cref="StructureTypes.Resolve"/>; <see cref="DecisionPipeline"/> does).
/// </summary>
public static class StructureStage
{
    /// <summary>The verdict and the candidate.</summary>
    public static StructureOutcome Select(
        DecisionInput input, EligibilityOutcome eligibility, StructureThresholds thresholds, FrictionModel friction)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(friction);
        var compared = new List<ComparedValue>();
        if (eligibility.Expirations.Count == 0)
        {
            compared.Add(ComparedValue.Check("eligible expirations", 0, ">=", 1));
            return Reject(compared);
        }

        var expiration = ChooseExpiration(input, eligibility, compared);
        var usable = input.Chain.Quotes
            .Where(q => q.Expiration == expiration && q.IsTwoSided && q.OpenInterest > 0)
            .Select(q => (Quote: q, Delta: ChainVolatility.Delta(q, input.Chain.Spot, input.Now, input.Pricing)))
            .Where(x => x.Delta is { } d && double.IsFinite(d))
            .Select(x => (x.Quote, Delta: x.Delta!.Value))
            .ToList();
        var puts = usable.Where(x => x.Quote.Right == OptionRight.Put).OrderBy(x => x.Quote.Strike).ToList();
        var calls = usable.Where(x => x.Quote.Right == OptionRight.Call).OrderBy(x => x.Quote.Strike).ToList();
        var structure = input.Structure;
        if (structure.HasPutSide())
        {
            compared.Add(ComparedValue.Check("usable put strikes", puts.Count, ">=", thresholds.MinStrikesPerSide));
        }

        if (structure.HasCallSide())
        {
            compared.Add(ComparedValue.Check("usable call strikes", calls.Count, ">=", thresholds.MinStrikesPerSide));
        }

        if (compared.Any(c => !c.Passed))
        {
            return Reject(compared);
        }

        var skew = ChainVolatility.Skew(usable, thresholds.SkewDelta);
        var putWing = thresholds.WingWidth * (skew > thresholds.ElevatedPutSkew ? thresholds.PutWingWidening : 1d);
        compared.Add(ComparedValue.Info("25-delta skew", skew));
        var legs = structure switch
        {
            StructureType.IronCondor or StructureType.CreditPutSpread or StructureType.CreditCallSpread =>
                VerticalLegs(structure, puts, calls, putWing, thresholds, compared),
            StructureType.IronFly => StructureLegs.IronFly(puts, calls, input.Chain.Spot, putWing, thresholds.WingWidth, thresholds.BodyDelta, compared),
            StructureType.Butterfly => StructureLegs.Butterfly(calls, input.Chain.Spot, thresholds.WingWidth, thresholds.BodyDelta, compared),
            StructureType.CashSecuredPut => StructureLegs.SingleShort(puts, -1, thresholds.ShortDelta, "put", compared),
            StructureType.CoveredCall => StructureLegs.SingleShort(calls, +1, thresholds.ShortDelta, "call", compared),
            _ => throw new ArgumentOutOfRangeException(nameof(input), structure, "Resolve the wheel before stage F."),
        };
        if (legs is null)
        {
            return Reject(compared);
        }

        var shares = structure == StructureType.CoveredCall ? (int)StockHolding.SharesPerContract : 0;
        var candidate = new Candidate(structure, input.Chain.Underlying, input.Chain.Spot, expiration, legs, shares);
        if (structure == StructureType.IronCondor)
        {
            var shortPut = legs.First(l => l.IsShort && l.Quote.Right == OptionRight.Put).Quote.Strike;
            var shortCall = legs.First(l => l.IsShort && l.Quote.Right == OptionRight.Call).Quote.Strike;
            compared.Add(ComparedValue.Check("sold call - sold put strike", shortCall - shortPut, ">", 0));
        }

        var credit = FrictionCalculator.CreditAfterSlippage(candidate, friction);
        compared.Add(ComparedValue.Info("mid credit", candidate.MidCredit));
        PremiumChecks(candidate, credit, thresholds, compared);
        var verdict = GateVerdict.From(
            GateStage.Structure, compared,
            $"{structure.Code()} {expiration:yyyy-MM-dd} {string.Join(' ', legs.Select(l => (l.IsShort ? "-" : "+") + l.Quote.OccSymbol))}",
            "No acceptable structure");
        return new StructureOutcome(verdict, candidate);
    }

    /// <summary>
    /// The premium checks: the seed's "min premium" as credit after slippage / wider wing ≥ the minimum for the winged credit
    /// structures (condor, spreads, iron fly); for the debit butterfly a positive debit after slippage below the wing width
    /// (else it could not profit); for a single sold leg a positive credit after slippage (credit / width needs a wing, and
    /// the seed gives no per-leg minimum).
    /// </summary>
    private static void PremiumChecks(Candidate candidate, double credit, StructureThresholds thresholds, List<ComparedValue> compared)
    {
        switch (candidate.Structure)
        {
            case StructureType.Butterfly:
                compared.Add(ComparedValue.Check("debit after slippage", -credit, ">", 0));
                compared.Add(ComparedValue.Check("wing width - debit after slippage", candidate.CallWingWidth + credit, ">", 0));
                break;
            case StructureType.CashSecuredPut or StructureType.CoveredCall:
                compared.Add(ComparedValue.Check("credit after slippage", credit, ">", 0));
                break;
            default:
                compared.Add(ComparedValue.Check("credit after slippage / width", credit / candidate.MaxWingWidth, ">=", thresholds.MinCreditToWidth));
                break;
        }
    }

    private static List<StructureLeg>? VerticalLegs(
        StructureType structure, List<(ChainQuote Quote, double Delta)> puts, List<(ChainQuote Quote, double Delta)> calls, double putWing,
        StructureThresholds thresholds, List<ComparedValue> compared)
    {
        var legs = new List<StructureLeg>();
        if (structure.HasPutSide())
        {
            compared.Add(ComparedValue.Info("put wing width", putWing));
            if (!AddSide(legs, puts, -1, putWing, thresholds.ShortDelta, compared, "put"))
            {
                return null;
            }
        }

        if (structure.HasCallSide())
        {
            compared.Add(ComparedValue.Info("call wing width", thresholds.WingWidth));
            if (!AddSide(legs, calls, +1, thresholds.WingWidth, thresholds.ShortDelta, compared, "call"))
            {
                return null;
            }
        }

        return legs;
    }

    private static DateOnly ChooseExpiration(DecisionInput input, EligibilityOutcome eligibility, List<ComparedValue> compared)
    {
        var target = (eligibility.Window.Min + eligibility.Window.Max) / 2d;
        var expirations = eligibility.Expirations;
        var chosen = expirations.MinBy(e => (Math.Abs(MarketClock.DaysToExpiry(input.Now, e) - target), e));
        var later = expirations.Where(e => e > chosen).Order().FirstOrDefault();
        var atmChosen = ChainVolatility.AtmIv(input.Chain, chosen);
        var atmLater = later == default ? null : ChainVolatility.AtmIv(input.Chain, later);
        compared.Add(ComparedValue.Info("target dte", target));
        compared.Add(ComparedValue.Info("atm iv at target expiration", atmChosen));
        compared.Add(ComparedValue.Info("atm iv at next expiration", atmLater));
        if (atmChosen is { } a && atmLater is { } b && a > b)
        {
            chosen = expirations[0];
            compared.Add(ComparedValue.Info("term structure inverted: shortest dte taken", MarketClock.DaysToExpiry(input.Now, chosen)));
        }

        compared.Add(ComparedValue.Info("dte", MarketClock.DaysToExpiry(input.Now, chosen)));
        return chosen;
    }

    /// <summary>Adds the sold and bought leg of one side; <paramref name="outward"/> is −1 for puts (lower strikes), +1 for calls.</summary>
    private static bool AddSide(
        List<StructureLeg> legs, List<(ChainQuote Quote, double Delta)> side, int outward, double wing, double shortDelta,
        List<ComparedValue> compared, string name)
    {
        var sold = side.OrderBy(x => Math.Abs(Math.Abs(x.Delta) - shortDelta)).ThenBy(x => -outward * x.Quote.Strike).First();
        var beyond = side.Where(x => outward * (x.Quote.Strike - sold.Quote.Strike) > 0).ToList();
        compared.Add(ComparedValue.Info($"sold {name} |delta|", Math.Abs(sold.Delta)));
        compared.Add(ComparedValue.Check($"strikes beyond the sold {name}", beyond.Count, ">=", 1));
        if (beyond.Count == 0)
        {
            return false;
        }

        var wanted = sold.Quote.Strike + (outward * wing);
        var bought = beyond.OrderBy(x => Math.Abs(x.Quote.Strike - wanted)).ThenBy(x => -outward * x.Quote.Strike).First();
        var soldLeg = new StructureLeg(sold.Quote, -1, sold.Delta);
        var boughtLeg = new StructureLeg(bought.Quote, +1, bought.Delta);
        legs.AddRange(outward < 0 ? [boughtLeg, soldLeg] : [soldLeg, boughtLeg]);
        return true;
    }

    private static StructureOutcome Reject(List<ComparedValue> compared) =>
        new(GateVerdict.From(GateStage.Structure, compared, "unreachable", "No acceptable structure"), null);
}
