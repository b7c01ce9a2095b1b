using Kapman.MarketData;
using Kapman.Recommendation.Core.Outcomes.Options;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Core.Tests.Outcomes;

/// <summary>
/// Weekly re-marks of option positions (issue 22 item 5; seed 000 §5.5: 50% profit target, CSP by assignment), every figure worked by hand:
/// P&amp;L per contract = (Σ bought − Σ sold leg value − entry net premium) × 100.
/// </summary>
[TestFixture]
public sealed class OptionOutcomeEvaluatorTests
{
    private static readonly DateOnly Expiry = new(2025, 9, 19);
    private static readonly DateOnly Friday = new(2025, 8, 29);

    private static readonly OptionLegPosition Call100 = new("SPY250919C00100000", LegSide.Buy, OptionRight.Call, 100);
    private static readonly OptionLegPosition ShortCall105 = new("SPY250919C00105000", LegSide.Sell, OptionRight.Call, 105);
    private static readonly OptionLegPosition ShortPut50 = new("XYZ250919P00050000", LegSide.Sell, OptionRight.Put, 50);

    private static OptionPosition LongCall => new(StrategyCodes.LongCall, [Call100], Expiry, 2.00, 1.00);

    private static OptionPosition Csp => new(StrategyCodes.CashSecuredPut, [ShortPut50], Expiry, -1.20, 2.40);

    private static OptionMark Mark(DateOnly session, double close, params (string Occ, double Mid)[] mids) =>
        new(session, mids.ToDictionary(m => m.Occ, m => m.Mid), close);

    [Test]
    public void A_long_call_up_55_percent_closes_at_the_target()
    {
        // mid 3.10 − paid 2.00 = +1.10 per share = +$110; 1.10 / 2.00 = 0.55 ≥ 0.5.
        var o = OptionOutcomeEvaluator.Mark(LongCall, Mark(Friday, 103, (Call100.OccSymbol, 3.10)));
        Assert.Multiple(() =>
        {
            Assert.That(o.PnlPerContract, Is.EqualTo(110).Within(1e-9));
            Assert.That(o.PnlFraction, Is.EqualTo(0.55).Within(1e-9));
            Assert.That(o.HitProfitTarget, Is.True);
            Assert.That(o.Status, Is.EqualTo(OptionOutcomeStatus.Target));
            Assert.That(o.ModelPriced, Is.False);
            Assert.That(o.Assigned, Is.Null, "assignment is a CSP check");
        });
    }

    [Test]
    public void A_long_call_up_40_percent_stays_open_and_one_at_its_stop_closes()
    {
        var up = OptionOutcomeEvaluator.Mark(LongCall, Mark(Friday, 102, (Call100.OccSymbol, 2.80)));
        var down = OptionOutcomeEvaluator.Mark(LongCall, Mark(Friday, 97, (Call100.OccSymbol, 0.95)));
        Assert.Multiple(() =>
        {
            Assert.That(up.PnlPerContract, Is.EqualTo(80).Within(1e-9), "(2.80 − 2.00) × 100");
            Assert.That(up.Status, Is.EqualTo(OptionOutcomeStatus.Open));
            Assert.That(down.PnlPerContract, Is.EqualTo(-105).Within(1e-9), "(0.95 − 2.00) × 100");
            Assert.That(down.HitStop, Is.True, "0.95 ≤ stop 1.00");
            Assert.That(down.Status, Is.EqualTo(OptionOutcomeStatus.Stop));
        });
    }

    [Test]
    public void A_csp_bought_back_cheaper_by_more_than_half_its_credit_hits_the_target()
    {
        // Sold for 1.20; buying back at 0.55 keeps 0.65 = $65, 0.65 / 1.20 = 0.5417.
        var o = OptionOutcomeEvaluator.Mark(Csp, Mark(Friday, 52, (ShortPut50.OccSymbol, 0.55)));
        Assert.Multiple(() =>
        {
            Assert.That(o.ValuePerShare, Is.EqualTo(-0.55).Within(1e-9));
            Assert.That(o.PnlPerContract, Is.EqualTo(65).Within(1e-9));
            Assert.That(o.PnlFraction, Is.EqualTo(0.65 / 1.20).Within(1e-9));
            Assert.That(o.Status, Is.EqualTo(OptionOutcomeStatus.Target));
            Assert.That(o.Assigned, Is.Null, "not at expiry yet");
        });
    }

    [Test]
    public void A_csp_expiring_below_its_strike_is_assigned()
    {
        // Close 48.30 < 50: the put settles at 1.70; 1.20 − 1.70 = −0.50 = −$50. Quotes on the expiry session are not used.
        var o = OptionOutcomeEvaluator.Mark(Csp, Mark(Expiry, 48.30, (ShortPut50.OccSymbol, 9.99)));
        Assert.Multiple(() =>
        {
            Assert.That(o.PnlPerContract, Is.EqualTo(-50).Within(1e-9));
            Assert.That(o.Assigned, Is.True);
            Assert.That(o.Status, Is.EqualTo(OptionOutcomeStatus.Expired));
            Assert.That(o.ModelPriced, Is.False, "settlement at intrinsic is the payoff, not a model");
            Assert.That(o.HitStop, Is.False, "1.70 < stop 2.40");
        });
    }

    [Test]
    public void A_csp_expiring_above_its_strike_keeps_the_whole_credit()
    {
        var o = OptionOutcomeEvaluator.Mark(Csp, Mark(Expiry.AddDays(3), 51));
        Assert.Multiple(() =>
        {
            Assert.That(o.PnlPerContract, Is.EqualTo(120).Within(1e-9));
            Assert.That(o.Assigned, Is.False);
            Assert.That(o.HitProfitTarget, Is.True);
            Assert.That(o.Status, Is.EqualTo(OptionOutcomeStatus.Expired));
        });
    }

    [Test]
    public void A_leg_without_a_quote_is_model_priced_at_intrinsic_and_closes_nothing()
    {
        // Bull call 100/105 paid 2.50. C100 unquoted: intrinsic 103 − 100 = 3.00; C105 mid 0.40: value 2.60, +0.10 = +$10.
        var vertical = new OptionPosition(StrategyCodes.VerticalSpread, [Call100, ShortCall105], Expiry, 2.50, 1.25);
        var o = OptionOutcomeEvaluator.Mark(vertical, Mark(Friday, 103, (ShortCall105.OccSymbol, 0.40)));
        // Long call unquoted at 90: intrinsic 0 would be under the 1.00 stop, but a modelled mark does not stop the position.
        var unquoted = OptionOutcomeEvaluator.Mark(LongCall, Mark(Friday, 90));
        Assert.Multiple(() =>
        {
            Assert.That(o.ValuePerShare, Is.EqualTo(2.60).Within(1e-9));
            Assert.That(o.PnlPerContract, Is.EqualTo(10).Within(1e-9));
            Assert.That(o.ModelPriced, Is.True);
            Assert.That(unquoted.PnlPerContract, Is.EqualTo(-200).Within(1e-9));
            Assert.That(unquoted.HitStop, Is.False);
            Assert.That(unquoted.Status, Is.EqualTo(OptionOutcomeStatus.Open));
        });
    }

    [Test]
    public void A_long_put_held_to_expiry_settles_at_intrinsic()
    {
        var put = new OptionPosition(StrategyCodes.LongPut, [new("SPY250919P00100000", LegSide.Buy, OptionRight.Put, 100)], Expiry, 3.00, 1.50);
        var o = OptionOutcomeEvaluator.Mark(put, Mark(Expiry, 92));
        Assert.Multiple(() =>
        {
            Assert.That(o.PnlPerContract, Is.EqualTo(500).Within(1e-9), "(8.00 − 3.00) × 100");
            Assert.That(o.Assigned, Is.Null);
            Assert.That(o.Status, Is.EqualTo(OptionOutcomeStatus.Expired));
        });
    }
}
