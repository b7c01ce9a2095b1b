using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;
using Microsoft.Extensions.Configuration;

namespace Kapman.Recommendation.Tests;

/// <summary>The host's configuration sections bind onto the settings types (as <c>Extensions.AddApplicationServices</c> reads them).</summary>
public sealed class ConfigurationBindingTests
{
    [Test]
    public void Risk_limits_and_justification_options_bind()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kapman:Recommendation:RiskLimits:MaxLossPerTrade"] = "750",
            ["Kapman:Recommendation:RiskLimits:MaxContracts"] = "3",
            ["Kapman:Recommendation:Justification:Provider"] = "openai",
            ["Kapman:Recommendation:Justification:Model"] = "local-model",
            ["Kapman:Recommendation:Justification:Endpoint"] = "http://127.0.0.1:8000/v1",
        }).Build();
        var section = configuration.GetSection("Kapman:Recommendation");
        Assert.That(section.GetSection("RiskLimits").Get<RiskLimits>(), Is.EqualTo(new RiskLimits(750, 3)));
        var options = section.GetSection("Justification").Get<JustificationOptions>()!;
        Assert.That((options.Provider, options.Model, options.Endpoint, options.TimeoutSeconds),
            Is.EqualTo(("openai", "local-model", new Uri("http://127.0.0.1:8000/v1"), 30.0)));
    }
}
