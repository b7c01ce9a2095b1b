using Kapman.MarketData;
using Kapman.Recommendation.Decision.Stages;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decision.Tests.Stages;

/// <summary>Stage A: universe membership, spot &gt; 0, expirations listed.</summary>
public class UniverseStageTests
{
    [TestCase(new string[0], 100d, 1, true, TestName = "No universe configured, spot and an expiration: pass")]
    [TestCase(new[] { "XYZ", "SPY" }, 100d, 1, true, TestName = "In the universe: pass")]
    [TestCase(new[] { "SPY" }, 100d, 1, false, TestName = "Outside the universe: reject")]
    [TestCase(new string[0], 0d, 1, false, TestName = "Spot 0: reject")]
    [TestCase(new string[0], 0.01, 1, true, TestName = "Spot just above 0: pass")]
    [TestCase(new string[0], 100d, 2, false, TestName = "Fewer expirations than required: reject")]
    public void Universe_and_data(string[] universe, double spot, int minExpirations, bool passes)
    {
        var input = Fixtures.Input(chain: Fixtures.Chain(Fixtures.Strikes45()) with { Spot = spot });

        var verdict = UniverseStage.Evaluate(input, new UniverseThresholds(universe, minExpirations));

        Assert.That(verdict.Passed, Is.EqualTo(passes), verdict.ToString());
    }

    [Test]
    public void Expired_contracts_do_not_count_as_expirations()
    {
        var stale = Fixtures.Quote(OptionRight.Put, 90, 1, 1.1, -0.2, expiration: Fixtures.Session.AddDays(-1));
        var verdict = UniverseStage.Evaluate(Fixtures.Input(chain: Fixtures.Chain([stale])), UniverseThresholds.Default);

        Assert.That(verdict.Passed, Is.False);
        Assert.That(verdict.Reason, Does.Contain("expirations listed: 0 >= 1 FAIL"));
    }
}
