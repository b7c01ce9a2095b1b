using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;
using Microsoft.Extensions.Configuration;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The host's configuration sections bind onto the options types as <c>Extensions.AddApplicationServices</c> binds them, keeping the
/// key names, and a missing key keeps the engine's documented default.
/// </summary>
public sealed class ConfigurationBindingTests
{
    [Test]
    public void Risk_limits_and_justification_options_bind()
    {
        var configuration = Configuration(new()
        {
            ["Kapman:Recommendation:RiskLimits:MaxLossPerTrade"] = "750",
            ["Kapman:Recommendation:RiskLimits:MaxContracts"] = "3",
            ["Kapman:Recommendation:Justification:Provider"] = "openai",
            ["Kapman:Recommendation:Justification:Model"] = "local-model",
            ["Kapman:Recommendation:Justification:Endpoint"] = "http://127.0.0.1:8000/v1",
        });
        Assert.That(configuration.GetSection(RiskLimitsOptions.Section).Get<RiskLimitsOptions>()!.ToLimits(), Is.EqualTo(new RiskLimits(750, 3)));
        var options = configuration.GetSection(JustificationOptions.Section).Get<JustificationOptions>()!;
        Assert.That((options.Provider, options.Model, options.Endpoint, options.TimeoutSeconds),
            Is.EqualTo(("openai", "local-model", new Uri("http://127.0.0.1:8000/v1"), 30.0)));
    }

    [Test]
    public void Without_settings_the_options_are_the_documented_defaults()
    {
        var strategy = new StrategyOptions().ToParameters();
        Assert.Multiple(() =>
        {
            Assert.That(strategy, Is.EqualTo(StrategyParameters.Default));
            Assert.That(new RiskLimitsOptions().ToLimits(), Is.EqualTo(new RiskLimits(2000, 10)));
        });
    }

    [Test]
    public void A_strategy_key_overrides_its_value_only()
    {
        var configuration = Configuration(new()
        {
            ["Kapman:Recommendation:Strategy:LongWindow:Min"] = "45",
            ["Kapman:Recommendation:Strategy:CspDelta:Target"] = "0.22",
            ["Kapman:Recommendation:Strategy:MinOpenInterest"] = "100",
        });

        var strategy = configuration.GetSection(StrategyOptions.Section).Get<StrategyOptions>()!.ToParameters();

        Assert.That(strategy, Is.EqualTo(StrategyParameters.Default with
        {
            LongWindow = new DteWindow(45, 90),
            CspDelta = new DeltaBand(0.20, 0.22, 0.30),
            MinOpenInterest = 100,
        }));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
