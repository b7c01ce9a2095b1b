using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Recommendation.Tests;

/// <summary>An invalid <c>Kapman:Recommendation</c> value stops the Recommendation host at start with a message naming its key.</summary>
public sealed class RecommendationSettingsTests
{
    [TestCase("Kapman:Recommendation:RiskLimits:MaxLossPerTrade", "0", "Kapman:Recommendation:RiskLimits:MaxLossPerTrade")]
    [TestCase("Kapman:Recommendation:RiskLimits:MaxContracts", "0", "Kapman:Recommendation:RiskLimits:MaxContracts")]
    [TestCase("Kapman:Recommendation:Justification:Provider", "open-ai", "Kapman:Recommendation:Justification:Provider")]
    [TestCase("Kapman:Recommendation:Justification:TimeoutSeconds", "0", "Kapman:Recommendation:Justification:TimeoutSeconds")]
    [TestCase("Kapman:Recommendation:Strategy:EventConfidence", "1.5", "Kapman:Recommendation:Strategy:EventConfidence")]
    [TestCase("Kapman:Recommendation:Strategy:LongWindow:Max", "10", "LongWindow")]
    [TestCase("Kapman:Recommendation:Strategy:CspDelta:Max", "0.1", "CspDelta")]
    [TestCase("Kapman:Recommendation:Strategy:MinOpenInterest", "many", "Kapman:Recommendation:Strategy:MinOpenInterest")]
    public void A_bad_setting_stops_the_host_at_start(string key, string value, string named)
    {
        using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Never reached: validation runs before any hosted service connects.
            builder.UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Database=unused");
            builder.UseSetting("ConnectionStrings:RabbitMQ", "amqp://unused:unused@127.0.0.1:1/");
            builder.UseSetting(key, value);
        });

        var failure = Assert.Catch(() => host.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain(named));
    }
}
