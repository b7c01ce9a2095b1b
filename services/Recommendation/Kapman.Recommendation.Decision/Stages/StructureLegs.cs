using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage F's leg choices for the structures of seed 003 Appendix H beyond the condor and the credit spreads
/// (docs/domain/decision-engine.md#f-structure-selection). Each side list holds the usable contracts of one right, ascending by
/// strike; each method returns the legs (puts first, then calls, by strike) or null after adding the failed check.
/// </summary>
internal static class StructureLegs
{
    /// <summary>
    /// Iron fly: the body is the strike listed (usable) for both rights whose call |Δ| is nearest <paramref name="bodyDelta"/>
    /// (ties to the strike nearest the spot, then the lower); sell its put and call; buy the put nearest body − put wing strictly
    /// below and the call nearest body + call wing strictly above (ties to the wider wing). The put wing is the skew-widened one
    /// (§8.2 rule 1), as for the condor.
    /// </summary>
    public static List<StructureLeg>? IronFly(
        List<(ChainQuote Quote, double Delta)> puts, List<(ChainQuote Quote, double Delta)> calls, double spot, double putWing, double callWing,
        double bodyDelta, List<ComparedValue> compared)
    {
        var bodies = calls.Where(c => puts.Any(p => p.Quote.Strike == c.Quote.Strike)).ToList();
        compared.Add(ComparedValue.Check("strikes with a usable put and call", bodies.Count, ">=", 1));
        if (bodies.Count == 0)
        {
            return null;
        }

        var call = bodies.OrderBy(c => Math.Abs(Math.Abs(c.Delta) - bodyDelta)).ThenBy(c => Math.Abs(c.Quote.Strike - spot)).ThenBy(c => c.Quote.Strike).First();
        var put = puts.First(p => p.Quote.Strike == call.Quote.Strike);
        compared.Add(ComparedValue.Info("body strike", call.Quote.Strike));
        compared.Add(ComparedValue.Info("body call |delta|", Math.Abs(call.Delta)));
        var putWingLeg = Wing(puts, call.Quote.Strike, -1, putWing, "put", compared);
        var callWingLeg = Wing(calls, call.Quote.Strike, +1, callWing, "call", compared);
        return putWingLeg is null || callWingLeg is null
            ? null
            :
            [
                new StructureLeg(putWingLeg.Value.Quote, +1, putWingLeg.Value.Delta),
                new StructureLeg(put.Quote, -1, put.Delta),
                new StructureLeg(call.Quote, -1, call.Delta),
                new StructureLeg(callWingLeg.Value.Quote, +1, callWingLeg.Value.Delta),
            ];
    }

    /// <summary>
    /// Debit (call) butterfly: the body is the call whose |Δ| is nearest <paramref name="bodyDelta"/> (ties to the strike nearest
    /// the spot, then the lower), sold twice; the wings are bought at body ∓ d, d the distance to strikes listed on both sides
    /// nearest <paramref name="wing"/> (ties to the wider), so that the wings are equal (a broken-wing fly is another structure).
    /// The skew rule widens a put wing and so does not apply to a call butterfly.
    /// </summary>
    public static List<StructureLeg>? Butterfly(
        List<(ChainQuote Quote, double Delta)> calls, double spot, double wing, double bodyDelta, List<ComparedValue> compared)
    {
        var body = calls.OrderBy(c => Math.Abs(Math.Abs(c.Delta) - bodyDelta)).ThenBy(c => Math.Abs(c.Quote.Strike - spot)).ThenBy(c => c.Quote.Strike).First();
        compared.Add(ComparedValue.Info("body strike", body.Quote.Strike));
        compared.Add(ComparedValue.Info("body call |delta|", Math.Abs(body.Delta)));
        var k = body.Quote.Strike;
        var distances = calls.Where(c => c.Quote.Strike > k).Select(c => c.Quote.Strike - k)
            .Where(d => calls.Any(c => Math.Abs(c.Quote.Strike - (k - d)) < 1e-9))
            .ToList();
        compared.Add(ComparedValue.Check("equal wings listed", distances.Count, ">=", 1));
        if (distances.Count == 0)
        {
            return null;
        }

        var d = distances.OrderBy(x => Math.Abs(x - wing)).ThenByDescending(x => x).First();
        compared.Add(ComparedValue.Info("wing width", d));
        var lower = calls.First(c => Math.Abs(c.Quote.Strike - (k - d)) < 1e-9);
        var upper = calls.First(c => Math.Abs(c.Quote.Strike - (k + d)) < 1e-9);
        return
        [
            new StructureLeg(lower.Quote, +1, lower.Delta),
            new StructureLeg(body.Quote, -2, body.Delta),
            new StructureLeg(upper.Quote, +1, upper.Delta),
        ];
    }

    /// <summary>
    /// One sold leg (cash-secured put, covered call): the contract whose |Δ| is nearest <paramref name="shortDelta"/>, ties to the
    /// farther strike, as the condor's sold legs.
    /// </summary>
    public static List<StructureLeg> SingleShort(List<(ChainQuote Quote, double Delta)> side, int outward, double shortDelta, string name, List<ComparedValue> compared)
    {
        var sold = side.OrderBy(x => Math.Abs(Math.Abs(x.Delta) - shortDelta)).ThenBy(x => -outward * x.Quote.Strike).First();
        compared.Add(ComparedValue.Info($"sold {name} |delta|", Math.Abs(sold.Delta)));
        return [new StructureLeg(sold.Quote, -1, sold.Delta)];
    }

    private static (ChainQuote Quote, double Delta)? Wing(
        List<(ChainQuote Quote, double Delta)> side, double body, int outward, double wing, string name, List<ComparedValue> compared)
    {
        var beyond = side.Where(x => outward * (x.Quote.Strike - body) > 0).ToList();
        compared.Add(ComparedValue.Info($"{name} wing width wanted", wing));
        compared.Add(ComparedValue.Check($"strikes beyond the sold {name}", beyond.Count, ">=", 1));
        if (beyond.Count == 0)
        {
            return null;
        }

        var wanted = body + (outward * wing);
        return beyond.OrderBy(x => Math.Abs(x.Quote.Strike - wanted)).ThenBy(x => -outward * x.Quote.Strike).First();
    }
}
