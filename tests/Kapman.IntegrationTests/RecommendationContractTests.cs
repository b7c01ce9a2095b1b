using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Kapman.Options.Core;
using Kapman.Recommendation.Core;

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

        var decision = RecommendationEngine.Decide(new SignalInput("SPY", TestData.Session, 24, 9, alert), 645.16, chain, new RecommendationParameters());

        Assert.That(decision.IsTrade, Is.True, decision.NoTradeReason);
        var picked = decision.Contract!;
        Assert.That(chain, Does.Contain(picked));
        Assert.That(picked.Right, Is.EqualTo(right));
        Assert.That(picked.Expiration.DayNumber - TestData.Session.DayNumber, Is.InRange(30, 90));
        Assert.That(picked.Bid, Is.GreaterThan(0));
        Assert.That(Math.Abs(picked.Delta!.Value), Is.InRange(0.35, 0.65), "nearest 0.50 delta in a chain with strikes every $1 near the money");
    }
}
