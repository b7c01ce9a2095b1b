using Kapman.MarketData;
using Kapman.Recommendation.Core.Strategies;

using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests.Strategies;

/// <summary>
/// Properties over 2,000 random chains and verdicts (fixed seed): every leg is an instance of the given chain and its
/// (expiry, strike, right) exists there; legs share one expiry inside the strategy's window; every leg is liquid;
/// the suggested size never exceeds the risk limit; the breakeven has a zero payoff.
/// </summary>
public sealed class StrategyEnginePropertyTests
{
    private static readonly string[][] EventSets = [[], ["ST"], ["TEST"], ["SOS"], ["SOW"], ["SPRING", "SOS"], ["BC", "SOW"]];

    [Test]
    public void Every_leg_exists_in_the_chain_and_every_plan_respects_window_liquidity_and_limits()
    {
        var random = new Random(20250826);
        var parameters = StrategyParameters.Default;
        int trades = 0;
        var structures = new HashSet<string>();
        for (var i = 0; i < 2000; i++)
        {
            var chain = RandomChain(random);
            var input = new StrategyInput(
                "SPY", Session, 100, random.Next(0, 29), random.Next(0, 13), random.Next(4) switch { 0 => "BC_EXIT", 1 => "SPRING_ENTRY", _ => null },
                (WyckoffPhase)random.Next(6), EventSets[random.Next(EventSets.Length)]);
            var limits = new RiskLimits(random.Next(200, 20_000), random.Next(1, 10));
            var d = StrategyEngine.Decide(input, chain, parameters, limits);
            if (d.Plan is not { } plan)
            {
                Assert.That(d.NoTradeReason, Is.Not.Empty);
                continue;
            }

            trades++;
            structures.Add(d.Intent.Structure!);
            var window = d.Intent.Structure switch
            {
                "LONG_CALL" or "LONG_PUT" => parameters.LongWindow,
                "CSP" => parameters.CspWindow,
                _ => parameters.VerticalWindow,
            };
            foreach (var leg in plan.Legs)
            {
                Assert.That(chain.Any(c => ReferenceEquals(c, leg.Contract)), Is.True, "leg is not a chain instance");
                Assert.That(chain.Any(c => c.Expiration == leg.Contract.Expiration && c.Strike == leg.Contract.Strike && c.Right == leg.Contract.Right), Is.True);
                Assert.That(leg.Contract.Expiration, Is.EqualTo(plan.Expiration));
                Assert.That(ContractSelector.IsLiquid(leg.Contract, parameters), Is.True);
            }

            Assert.That(plan.Dte, Is.InRange(window.Min, window.Max));
            Assert.That(plan.Contracts * plan.MaxLossPerContract, Is.LessThanOrEqualTo(limits.MaxLossPerTrade + 1e-9));
            Assert.That(plan.Contracts, Is.InRange(1, limits.MaxContracts));
            Assert.That(new PayoffProfile(plan.Legs).At(plan.Breakeven), Is.EqualTo(0).Within(1e-9));
        }

        Assert.That(trades, Is.GreaterThan(200), "too few trades for the property to mean anything");
        Assert.That(structures, Has.Count.EqualTo(7), "every structure should be exercised");
    }

    private static ChainContract[] RandomChain(Random random)
    {
        var contracts = new List<ChainContract>();
        foreach (var dte in new[] { 14, 30, 37, 45, 59, 88, 120 }.Where(_ => random.NextDouble() < 0.7))
        {
            for (var strike = 80; strike <= 120; strike += 5)
            {
                var callDelta = Math.Clamp(0.5 - (strike - 100) / 40.0 + (random.NextDouble() - 0.5) * 0.1, 0.02, 0.98);
                foreach (var right in new[] { OptionRight.Call, OptionRight.Put })
                {
                    var delta = right == OptionRight.Call ? callDelta : callDelta - 1;
                    var intrinsic = right == OptionRight.Call ? Math.Max(100 - strike, 0) : Math.Max(strike - 100, 0);
                    var mid = intrinsic + 0.5 + 4 * Math.Min(Math.Abs(delta), 1 - Math.Abs(delta));
                    var halfSpread = mid * random.NextDouble() * 0.2;
                    var bid = random.NextDouble() < 0.1 ? 0 : mid - halfSpread;
                    var make = right == OptionRight.Call ? (Func<int, double, double?, double?, double?, long, ChainContract>)Call : Put;
                    contracts.Add(make(dte, strike, delta, bid, mid + halfSpread, random.Next(0, 50)));
                }
            }
        }

        return [.. contracts];
    }
}
