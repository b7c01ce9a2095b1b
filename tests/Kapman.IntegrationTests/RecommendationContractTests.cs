using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Kapman.MarketData;
using Kapman.Recommendation.Core;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.IntegrationTests;

/// <summary>The desk's absolute rule: a recommendation never names a contract absent from the stored chain of its date.</summary>
public class RecommendationContractTests
{
    [Test]
    public async Task Every_issued_recommendation_names_a_contract_stored_for_its_date()
    {
        var recommendations = await Suite.Gateway.GetFromJsonAsync<JsonElement>("/api/recommendation/recommendations?session=2025-08-26");
        foreach (var r in recommendations.EnumerateArray().Where(r => r.GetProperty("status").GetString() == "ISSUED"))
        {
            var stored = await Suite.CountAsync(
                "SELECT count(*) FROM options.contracts WHERE as_of = @asOf AND occ_symbol = @occ AND strike = @strike AND expiration = @expiration",
                new { asOf = TestData.Session, occ = r.GetProperty("occSymbol").GetString(), strike = r.GetProperty("strike").GetDouble(),
                      expiration = DateOnly.Parse(r.GetProperty("expiration").GetString()!, System.Globalization.CultureInfo.InvariantCulture) });
            Assert.That(stored, Is.EqualTo(1), r.ToString());
        }
    }

    [TestCase("SPRING_ENTRY", OptionRight.Call)]
    [TestCase("BC_EXIT", OptionRight.Put)]
    public async Task Contract_selection_on_the_stored_spy_chain_picks_a_stored_liquid_contract_in_the_dte_window(string alert, OptionRight right)
    {
        await using var connection = await Suite.Db.OpenConnectionAsync();
        var chain = (await connection.QueryAsync<(string Occ, string Right, DateOnly Expiration, double Strike, double? Bid, double? Ask, double? Delta, long Oi)>(
                "SELECT occ_symbol, option_right, expiration, strike, bid, ask, delta, open_interest FROM options.contracts WHERE underlying = 'SPY' AND as_of = @asOf",
                new { asOf = TestData.Session }))
            .Select(c => new ChainContract(c.Occ, c.Right == "call" ? OptionRight.Call : OptionRight.Put, c.Expiration, c.Strike, c.Bid, c.Ask, c.Delta, c.Oi))
            .ToList();
        Assert.That(chain, Has.Count.EqualTo(7011));

        var input = new StrategyInput("SPY", TestData.Session, 645.16, alert == AlertKinds.BcExit ? 24 : 0, alert == AlertKinds.SpringEntry ? 9 : 0,
            alert, WyckoffPhase.Accumulation, []);
        var decision = StrategyEngine.Decide(input, chain, StrategyParameters.Default, new RiskLimits(MaxLossPerTrade: 100_000));

        Assert.That(decision.IsTrade, Is.True, decision.NoTradeReason);
        var leg = decision.Plan!.Legs.Single();
        Assert.That(chain, Does.Contain(leg.Contract));
        Assert.That(leg.Contract.Right, Is.EqualTo(right));
        Assert.That(leg.Side, Is.EqualTo(LegSide.Buy));
        Assert.That(decision.Plan.Dte, Is.InRange(30, 90));
        Assert.That(leg.Contract.Bid, Is.GreaterThan(0));
        Assert.That(Math.Abs(leg.Contract.Delta!.Value), Is.InRange(0.40, 0.60), "long options target |delta| 0.40-0.60");
    }
}
