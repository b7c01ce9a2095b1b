using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

public sealed class OfflineGreeksCalculatorTests
{
    private static readonly DateOnly AsOf = new(2025, 8, 26);
    private static readonly PricingInputs Inputs = new(0.04, 0.01);

    [Test]
    public void Rows_use_the_mid_else_the_last_and_t_in_calendar_days_over_365()
    {
        var in73 = AsOf.AddDays(73); // T = 0.2
        var midPrice = BlackScholesMerton.Price(OptionRight.Call, 100, 100, 0.2, 0.04, 0.01, 0.25);
        var lastPrice = BlackScholesMerton.Price(OptionRight.Put, 100, 90, 0.2, 0.04, 0.01, 0.35);
        var contracts = new[]
        {
            Quotes.Make(OptionRight.Call, in73, 100, bid: midPrice - 0.05, ask: midPrice + 0.05, last: 1.0),
            Quotes.Make(OptionRight.Put, in73, 90, bid: 0, ask: 0.5, last: lastPrice),
            Quotes.Make(OptionRight.Put, AsOf, 90, bid: 1, ask: 1.1),
            Quotes.Make(OptionRight.Call, in73, 50, bid: 10, ask: 20),
        };
        var rows = OfflineGreeksCalculator.Compute(contracts, AsOf, 100, Inputs, ExerciseStyle.European);
        Assert.Multiple(() =>
        {
            Assert.That(rows[0].PriceUsed, Is.EqualTo(midPrice).Within(1e-12));
            Assert.That(rows[0].Iv, Is.EqualTo(0.25).Within(1e-9));
            Assert.That(rows[0].Greeks!.Value.Delta, Is.EqualTo(BlackScholesMerton.Greeks(OptionRight.Call, 100, 100, 0.2, 0.04, 0.01, 0.25).Delta).Within(1e-9));
            Assert.That(rows[1].PriceUsed, Is.EqualTo(lastPrice));
            Assert.That(rows[1].Iv, Is.EqualTo(0.35).Within(1e-9));
            Assert.That(rows[2].Status, Is.EqualTo("EXPIRED"));
            Assert.That(rows[3].Status, Is.EqualTo("PRICE_BELOW_INTRINSIC")); // mid 15 < 50 e^(−0.002) − 50 e^(−0.008)
        });
        var csv = OfflineGreeksCalculator.ToCsv(rows).Split('\n');
        Assert.That(csv[0], Is.EqualTo("occ,type,strike,expiry,price_used,iv,delta,gamma,theta,vega,rho,status"));
        Assert.That(csv[3], Is.EqualTo("SPY250826P00090000,put,90,2025-08-26,1.05,,,,,,,EXPIRED"));
        Assert.That(csv[1].Split(','), Has.Length.EqualTo(12));
        Assert.That(csv[1], Does.StartWith("SPY251107C00100000,call,100,2025-11-07,").And.EndWith(",OK"));
    }

    [Test]
    public void American_style_prices_an_early_exercise_premium_into_a_lower_put_iv()
    {
        var expiry = AsOf.AddDays(365);
        var price = AmericanBinomial.Price(OptionRight.Put, 100, 110, 1.0, 0.04, 0.01, 0.3);
        var contracts = new[] { Quotes.Make(OptionRight.Put, expiry, 110, bid: price - 0.01, ask: price + 0.01) };
        var american = OfflineGreeksCalculator.Compute(contracts, AsOf, 100, Inputs, ExerciseStyle.American).Single();
        var european = OfflineGreeksCalculator.Compute(contracts, AsOf, 100, Inputs, ExerciseStyle.European).Single();
        Assert.Multiple(() =>
        {
            Assert.That(american.Iv, Is.EqualTo(0.3).Within(1e-6));
            Assert.That(european.Iv, Is.GreaterThan(0.3));
        });
    }
}
