using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Recommendation.Backtest.ModelChain;

namespace Kapman.Recommendation.Backtest.Tests;

/// <summary>
/// The model-priced chain against hand values. Black-Scholes-Merton values below were computed outside the code under test (Python,
/// math.erf, the textbook formula of Hull 10th ed. §15.8 / §17.4): S = 100, r = 0.01, q = 0.02, T = 30/365.
/// </summary>
public class ModelChainTests
{
    private static readonly PricingInputs Pricing = new(0.01, 0.02);

    // 2014-12-17 16:00 New York (EST, UTC−5) is exactly 30 days before the January 2015 monthly expiration (Friday 2015-01-16, 16:00).
    private static readonly DateTimeOffset Now = new(2014, 12, 17, 21, 0, 0, TimeSpan.Zero);

    [Test]
    public void The_term_structure_is_VIX_at_30_days_VIX3M_at_93_and_total_variance_linear_between()
    {
        Assert.That(VixTermStructure.Volatility(20, 25, 30d / 365), Is.EqualTo(0.20).Within(1e-12));
        Assert.That(VixTermStructure.Volatility(20, 25, 10d / 365), Is.EqualTo(0.20).Within(1e-12), "flat before 30 days");
        Assert.That(VixTermStructure.Volatility(20, 25, 93d / 365), Is.EqualTo(0.25).Within(1e-12));
        Assert.That(VixTermStructure.Volatility(20, 25, 200d / 365), Is.EqualTo(0.25).Within(1e-12), "flat after 93 days");
        // 61.5 days: w = 0.5; σ² = (0.5·0.04·30 + 0.5·0.0625·93) / 61.5 = 3.50625 / 61.5 = 0.0570122 → σ = 0.2387723.
        Assert.That(VixTermStructure.Volatility(20, 25, 61.5 / 365), Is.EqualTo(0.2387723).Within(1e-6));
        Assert.That(VixTermStructure.Volatility(20, null, 61.5 / 365), Is.EqualTo(0.20).Within(1e-12), "no VIX3M: VIX flat");
    }

    [Test]
    public void The_skew_is_linear_in_log_moneyness_over_root_T_with_a_steeper_put_side_and_clamped()
    {
        var settings = new ModelChainSettings();
        // K = 90, S = 100, T = 0.25: ln(0.9)/0.5 = −0.2107210; 1 + (−2.3)(−0.2107210) = 1.4846583 → 0.2 × that = 0.2969317.
        Assert.That(SkewModel.Volatility(0.2, 100, 90, 0.25, settings), Is.EqualTo(0.2969317).Within(1e-6));
        // K = 110: ln(1.1)/0.5 = 0.1906204; 1 − 0.7 × 0.1906204 = 0.8665657 → 0.1733131.
        Assert.That(SkewModel.Volatility(0.2, 100, 110, 0.25, settings), Is.EqualTo(0.1733131).Within(1e-6));
        Assert.That(SkewModel.Volatility(0.2, 100, 100, 0.25, settings), Is.EqualTo(0.2).Within(1e-12));
        Assert.That(SkewModel.Volatility(0.2, 100, 10, 0.25, settings), Is.EqualTo(0.8).Within(1e-12), "clamped at 4 × ATM");
        Assert.That(SkewModel.AtmVolatility(20, 25, 30d / 365, settings), Is.EqualTo(0.158).Within(1e-12), "0.79 × VIX");
    }

    [TestCase(2.00, 1.99, 2.01)]
    [TestCase(1.7639676, 1.75, 1.78)]
    [TestCase(0.004, 0.0, 0.01)]
    public void The_spread_model_rounds_the_bid_down_and_the_ask_up_to_the_cent(double value, double bid, double ask)
    {
        // value 2.00: half = (0.01 + 0.005 × 2)/2 = 0.01. value 1.7639676: half = 0.0094099 → 1.7545577 ↓ 1.75, 1.7733775 ↑ 1.78.
        var (b, a) = SpreadModel.Quote(value, new ModelChainSettings());
        Assert.That(b, Is.EqualTo(bid).Within(1e-12));
        Assert.That(a, Is.EqualTo(ask).Within(1e-12));
    }

    [Test]
    public void Monthly_expirations_are_third_Fridays_moved_before_a_holiday()
    {
        Assert.That(MonthlyExpirations.Of(2015, 1), Is.EqualTo(new DateOnly(2015, 1, 16)));
        Assert.That(MonthlyExpirations.Of(2010, 12), Is.EqualTo(new DateOnly(2010, 12, 17)));
        // 2014-04-18 was Good Friday (NYSE closed): the April 2014 options expired on Thursday 2014-04-17.
        Assert.That(MonthlyExpirations.Of(2014, 4), Is.EqualTo(new DateOnly(2014, 4, 17)));
        Assert.That(MonthlyExpirations.Between(new DateOnly(2015, 1, 17), new DateOnly(2015, 4, 30)),
            Is.EqualTo(new[] { new DateOnly(2015, 2, 20), new DateOnly(2015, 3, 20), new DateOnly(2015, 4, 17) }));
    }

    [Test]
    public void Chain_quotes_are_Black_Scholes_at_the_skewed_IV_with_the_model_spread()
    {
        var chain = ModelChainBuilder.Build(new ModelMarket("SPY", 100, 20, 22, Now), new ModelChainSettings(), Pricing);
        var january = new DateOnly(2015, 1, 16);

        // ATM call: σ = 0.79 × 0.20 = 0.158 (30 days: VIX alone); BSM value 1.7639676, delta 0.5009725.
        var call100 = Find(chain.Quotes, OptionRight.Call, 100, january);
        Assert.That(call100.ImpliedVolatility, Is.EqualTo(0.158).Within(1e-12));
        Assert.That(call100.Delta, Is.EqualTo(0.5009725).Within(1e-6));
        Assert.That((call100.Bid, call100.Ask), Is.EqualTo((1.75, 1.78)));
        // Put 95: σ = 0.158 × (1 + 2.3 × 0.0512933 / 0.2866911) = 0.2230177; value 0.7620508 → half 0.0069051 → 0.75 / 0.77.
        var put95 = Find(chain.Quotes, OptionRight.Put, 95, january);
        Assert.That(put95.ImpliedVolatility, Is.EqualTo(0.2230177).Within(1e-6));
        Assert.That(put95.Delta, Is.EqualTo(-0.2053831).Within(1e-6));
        Assert.That((put95.Bid, put95.Ask), Is.EqualTo((0.75, 0.77)));
        // Call 105: σ = 0.158 × (1 − 0.7 × 0.0487902 / 0.2866911) = 0.1391777; value 0.2094208 → 0.20 / 0.22.
        var call105 = Find(chain.Quotes, OptionRight.Call, 105, january);
        Assert.That(call105.ImpliedVolatility, Is.EqualTo(0.1391777).Within(1e-6));
        Assert.That((call105.Bid, call105.Ask), Is.EqualTo((0.20, 0.22)));
        Assert.That(call105.OccSymbol, Is.EqualTo("SPY150116C00105000"));
    }

    [Test]
    public void The_chain_lists_monthly_expirations_and_dollar_strikes_around_the_spot()
    {
        var chain = ModelChainBuilder.Build(new ModelMarket("SPY", 100, 20, 22, Now), new ModelChainSettings(), Pricing);

        // The third Fridays within 120 days of 2014-12-17 (to 2015-04-16): 2014-12-19, 2015-01-16, 2015-02-20, 2015-03-20.
        Assert.That(chain.ExpirationsFrom(new DateOnly(2014, 12, 17)),
            Is.EqualTo(new[] { new DateOnly(2014, 12, 19), new DateOnly(2015, 1, 16), new DateOnly(2015, 2, 20), new DateOnly(2015, 3, 20) }));
        var strikes = chain.Quotes.Where(q => q.Expiration == new DateOnly(2015, 1, 16)).Select(q => q.Strike).Distinct().Order().ToList();
        Assert.That(strikes.Zip(strikes.Skip(1), (a, b) => b - a), Is.All.EqualTo(1d).Within(1e-9));
        // Four deviations of the ATM volatility: 100·e^(∓4 × 0.158 × √(30/365)) = 83.40 and 119.90 → strikes 83 to 120.
        Assert.That(strikes[0], Is.EqualTo(83d));
        Assert.That(strikes[^1], Is.EqualTo(120d));
        Assert.That(chain.Quotes.All(q => q.QuotedAt == Now && q.OpenInterest == ModelChainBuilder.ListedOpenInterest), Is.True);
    }

    private static Decision.Chain.ChainQuote Find(IReadOnlyList<Decision.Chain.ChainQuote> quotes, OptionRight right, double strike, DateOnly expiration) =>
        quotes.Single(q => q.Right == right && q.Strike == strike && q.Expiration == expiration);
}
