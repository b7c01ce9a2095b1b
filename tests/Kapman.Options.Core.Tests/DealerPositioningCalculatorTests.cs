using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

public sealed class DealerPositioningCalculatorTests
{
    private static readonly DateOnly AsOf = new(2025, 8, 26);
    private static readonly DateOnly Sep25 = AsOf.AddDays(30);
    private static readonly PricingInputs Inputs = new(0.04, 0.0);

    [Test]
    public void Every_bad_contract_is_excluded_under_its_first_reason_and_counted()
    {
        var good = Contract(OptionRight.Call, 100, 1000, 0.05, delta: 0.5);
        var contracts = new[]
        {
            good,
            Contract(OptionRight.Call, 100, 1000, 0.05, delta: 0.5, days: 0),              // expires today
            Contract(OptionRight.Call, 100, 1000, 0.05, delta: 0.5, days: -3),             // expired
            Contract(OptionRight.Put, 90, 0, 0.05, delta: -0.2),                           // no OI
            Contract(OptionRight.Put, 90, 10, 0.05, delta: -0.2, bid: 0),                  // zero bid
            Contract(OptionRight.Put, 90, 10, 0.05, delta: -0.2, bid: -1),                 // negative price
            Contract(OptionRight.Put, 90, 10, 0.05, delta: -0.2, bid: 2.0, ask: 1.5),      // bid > ask
            Contract(OptionRight.Put, 90, 10, 0.05, delta: -0.2, iv: 3.5),                 // IV out of range
            Contract(OptionRight.Put, 90, 10, 0.05, delta: -0.2, iv: 0.005),               // IV out of range
            Contract(OptionRight.Put, 130, 10, 0.001, delta: -0.97),                       // deep ITM
        };
        var result = DealerPositioningCalculator.Compute(contracts, 100, Inputs);
        Assert.Multiple(() =>
        {
            Assert.That(result.EligibleContracts, Is.EqualTo(1));
            Assert.That(result.Excluded, Is.EqualTo(new Dictionary<string, int>
            {
                ["DTE_BELOW_1"] = 2, ["NO_OPEN_INTEREST"] = 1, ["NO_BID"] = 2, ["BID_ABOVE_ASK"] = 1, ["IV_OUT_OF_RANGE"] = 2, ["DELTA_OUT_OF_RANGE"] = 1,
            }));
            Assert.That(result.Status, Is.EqualTo("LIMITED"));
            Assert.That(result.StatusReason, Is.EqualTo("ONLY_1_ELIGIBLE"));
        });
    }

    [Test]
    public void No_spot_or_nothing_eligible_is_invalid_with_its_reason()
    {
        var contracts = new[] { Contract(OptionRight.Call, 100, 1000, 0.05, delta: 0.5) };
        var noSpot = DealerPositioningCalculator.Compute(contracts, null, Inputs);
        var noneEligible = DealerPositioningCalculator.Compute([Contract(OptionRight.Call, 100, 0, 0.05, delta: 0.5)], 100, Inputs);
        Assert.Multiple(() =>
        {
            Assert.That((noSpot.Status, noSpot.StatusReason), Is.EqualTo(("INVALID", "NO_SPOT")));
            Assert.That((noneEligible.Status, noneEligible.StatusReason), Is.EqualTo(("INVALID", "NO_ELIGIBLE_CONTRACTS")));
            Assert.That(noneEligible.Excluded["NO_OPEN_INTEREST"], Is.EqualTo(1));
        });
    }

    [Test]
    public void Hand_computed_gex_dgpi_position_and_walls_of_a_full_chain()
    {
        // GEX = Γ × OI × 100 shares × 100² × 0.01 = Γ × OI × 10,000.
        // 25 calls, strike 100 + i and OI 100 + i (i = 0..24), Γ = 0.01 → GEX (100 + i) × 100; Σ OI = 2,800 → 280,000;
        // the strike-100 call has Γ = 0.05 instead → 50,000 (+40,000) → calls 320,000.
        // One put at 95, Γ = 0.05, OI 1000 → 500,000. Total 820,000; net 320,000 − 500,000 = −180,000;
        // DGPI = 100 × −180,000 / 820,000 = −21.95 → SHORT_GAMMA.
        var contracts = Enumerable.Range(0, 25).Select(i => Contract(OptionRight.Call, 100 + i, 100 + i, i == 0 ? 0.05 : 0.01, delta: 0.5 - i * 0.01))
            .Append(Contract(OptionRight.Put, 95, 1000, 0.05, delta: -0.3))
            .ToList();
        var result = DealerPositioningCalculator.Compute(contracts, 100, Inputs);
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo("FULL"));
            Assert.That(result.StatusReason, Is.Null);
            Assert.That(result.TotalGex, Is.EqualTo(820_000).Within(1e-6));
            Assert.That(result.CallGex, Is.EqualTo(320_000).Within(1e-6));
            Assert.That(result.NetGex, Is.EqualTo(-180_000).Within(1e-6));
            Assert.That(result.Dgpi, Is.EqualTo(-100.0 * 180 / 820).Within(1e-9));
            Assert.That(result.Position, Is.EqualTo("SHORT_GAMMA"));
            Assert.That(result.CallWallsByOi.Select(w => w.Strike), Is.EqualTo(new[] { 124.0, 123.0, 122.0 }));
            Assert.That(result.CallWallsByGex.Select(w => w.Strike), Is.EqualTo(new[] { 100.0, 124.0, 123.0 }));
            Assert.That(result.PutWallsByGex.Single().Gex, Is.EqualTo(-500_000).Within(1e-6));
        });
    }

    [Test]
    public void The_flip_of_a_call_above_and_a_put_below_lies_where_their_recomputed_gammas_balance()
    {
        // Equal OI and IV, call K = 110 and put K = 90: by the symmetry of Γ in ln(S/K) (with r = q = 0 and the
        // σ²/2 drift term small), net GEX is zero near the geometric mean √(90 × 110) = 99.50; positive above.
        var contracts = new[]
        {
            Contract(OptionRight.Call, 110, 1000, 0.03, delta: 0.3, iv: 0.2),
            Contract(OptionRight.Put, 90, 1000, 0.03, delta: -0.3, iv: 0.2),
        };
        var flip = GammaFlip.Find(contracts, 100, new PricingInputs(0, 0), DealerConvention.LongCallsShortPuts);
        // d1(S,110) = −d1(S,90) ⇔ ln(S/110) + σ²T/2 = −ln(S/90) − σ²T/2 ⇔ S = √(9900) e^(−σ²T/2).
        var expected = Math.Sqrt(9900) * Math.Exp(-0.5 * 0.04 * 30 / 365.0);
        Assert.That(flip, Is.EqualTo(expected).Within(0.05));
        Assert.That(GammaFlip.NetGexAt(contracts, 105, new PricingInputs(0, 0), DealerConvention.LongCallsShortPuts), Is.Positive);
    }

    [Test]
    public void With_only_calls_there_is_no_flip_and_a_reversed_convention_flips_the_sign()
    {
        var contracts = Enumerable.Range(0, 30).Select(i => Contract(OptionRight.Call, 90 + i, 100, 0.02, delta: 0.5)).ToList();
        var normal = DealerPositioningCalculator.Compute(contracts, 100, Inputs);
        var reversed = DealerPositioningCalculator.Compute(contracts, 100, Inputs, new DealerConvention(-1, 1));
        Assert.Multiple(() =>
        {
            Assert.That(normal.GammaFlip, Is.Null);
            Assert.That(normal.Position, Is.EqualTo("LONG_GAMMA"));
            Assert.That(reversed.NetGex, Is.EqualTo(-normal.NetGex));
            Assert.That(reversed.Dgpi, Is.EqualTo(-100.0));
        });
    }

    internal static EnrichedContract Contract(
        OptionRight right, double strike, long openInterest, double gamma, double delta, int days = 30, double? bid = 1.0, double? ask = 1.2, double iv = 0.25)
    {
        var quote = Quotes.Make(right, AsOf.AddDays(days), strike, bid, ask, openInterest: openInterest);
        return new EnrichedContract(quote, iv, "feed", null, new Greeks(delta, gamma, -0.01, 0.1, 0.05), "computed", days);
    }
}
