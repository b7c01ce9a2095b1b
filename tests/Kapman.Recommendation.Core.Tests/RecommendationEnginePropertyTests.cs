using Kapman.Options.Core;
using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests;

/// <summary>Properties checked over pseudo-random chains (fixed seed, so every run sees the same chains).</summary>
public sealed class RecommendationEnginePropertyTests
{
    private static readonly RecommendationParameters Parameters = new(MinOpenInterest: 10);

    [Test]
    public void Decisions_pick_a_chain_instance_that_satisfies_every_rule()
    {
        var random = new Random(20250826);
        var trades = 0;
        for (var iteration = 0; iteration < 300; iteration++)
        {
            var chain = RandomChain(random);
            var signal = new SignalInput("SPY", Session, random.Next(29), random.Next(13), random.Next(2) == 0 ? "SPRING_ENTRY" : "BC_EXIT");
            var decision = RecommendationEngine.Decide(signal, 645.16, chain, Parameters);
            var right = signal.AlertKind == "SPRING_ENTRY" ? OptionRight.Call : OptionRight.Put;

            var windowExpiries = chain.Select(c => c.Expiration).Distinct().Where(e => Dte(e) is >= 30 and <= 90).ToList();
            if (windowExpiries.Count == 0)
            {
                Assert.That(decision.NoTradeReason, Is.EqualTo("no expiry within 30-90 DTE"));
                continue;
            }

            var bestDistance = windowExpiries.Min(e => Math.Abs(Dte(e) - 60));
            var expiry = windowExpiries.Where(e => Math.Abs(Dte(e) - 60) == bestDistance).Min();
            var eligible = chain.Where(c => c.Expiration == expiry && c.Right == right && c.Bid > 0 && c.OpenInterest >= 10 && c.Delta is not null).ToList();
            if (eligible.Count == 0)
            {
                Assert.That(decision.IsTrade, Is.False);
                Assert.That(decision.NoTradeReason, Does.StartWith("no liquid"));
                continue;
            }

            trades++;
            Assert.That(decision.IsTrade, Is.True);
            Assert.That(chain.Any(c => ReferenceEquals(c, decision.Contract)), Is.True, "the contract must be one of the chain's instances");
            var chosen = decision.Contract!;
            Assert.That(chosen.Expiration, Is.EqualTo(expiry));
            Assert.That(decision.Dte, Is.EqualTo(Dte(expiry)));
            Assert.That(eligible, Does.Contain(chosen));
            var chosenDistance = Math.Abs(Math.Abs(chosen.Delta!.Value) - 0.5);
            Assert.That(eligible.All(c => Math.Abs(Math.Abs(c.Delta!.Value) - 0.5) >= chosenDistance), Is.True, "no eligible contract is nearer the target delta");
        }

        Assert.That(trades, Is.GreaterThan(100), "the generator must produce enough trades to test");
    }

    [Test]
    public void Decisions_do_not_depend_on_chain_order_or_repetition()
    {
        var random = new Random(7);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var chain = RandomChain(random);
            var shuffled = chain.OrderBy(_ => random.Next()).ToList();
            var signal = new SignalInput("SPY", Session, 20, 9, iteration % 2 == 0 ? "SPRING_ENTRY" : "BC_EXIT");
            var first = RecommendationEngine.Decide(signal, 645.16, chain, Parameters);
            var again = RecommendationEngine.Decide(signal, 645.16, chain, Parameters);
            var reordered = RecommendationEngine.Decide(signal, 645.16, shuffled, Parameters);
            Assert.That(again, Is.EqualTo(first));
            Assert.That(reordered, Is.EqualTo(first));
        }
    }

    private static int Dte(DateOnly expiration) => expiration.DayNumber - Session.DayNumber;

    private static List<ChainContract> RandomChain(Random random)
    {
        var expiries = Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(0, 120)).Distinct().ToList();
        var chain = new List<ChainContract>();
        foreach (var dte in expiries)
        {
            foreach (var strike in Enumerable.Range(0, random.Next(1, 8)).Select(i => 600.0 + 5 * i))
            {
                double? bid = random.Next(5) == 0 ? 0.0 : Math.Round(random.NextDouble() * 20, 2);
                double? delta = random.Next(6) == 0 ? null : Math.Round(random.NextDouble(), 2);
                long openInterest = random.Next(0, 40);
                chain.Add(random.Next(2) == 0
                    ? Call(dte, strike, delta, bid, bid + 0.1, openInterest)
                    : Put(dte, strike, -delta, bid, bid + 0.1, openInterest));
            }
        }

        return chain;
    }
}
