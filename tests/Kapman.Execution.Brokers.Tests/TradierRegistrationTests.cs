using Kapman.Execution.Brokers.Tradier;
using Kapman.TradierStandIn;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Brokers.Tests;

/// <summary>The Tradier client is registered only when <c>Kapman:Execution:Tradier:Enabled</c> is true, and then its settings must be complete.</summary>
public class TradierRegistrationTests
{
    [Test]
    public void Off_by_default_nothing_is_registered_but_the_options()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddTradierBroker();

        Assert.Multiple(() =>
        {
            Assert.That(builder.Services.Any(d => d.ServiceType == typeof(TradierBroker)), Is.False);
            Assert.That(builder.Services.Any(d => d.ServiceType == typeof(TradierConnection)), Is.False);
        });
    }

    [Test]
    public void Enabled_registers_the_typed_client()
    {
        var builder = Builder(new() { ["Kapman:Execution:Tradier:Enabled"] = "true", ["Kapman:Execution:Tradier:AccountId"] = "VA00000001" });
        builder.AddTradierBroker();
        Assert.That(builder.Services.Any(d => d.ServiceType == typeof(TradierBroker)), Is.True);
    }

    [Test]
    public async Task The_registered_client_resolves_with_the_token_from_the_environment_and_calls_the_broker()
    {
        await using var standIn = await StandInHost.StartAsync(new StandInScenario(), FreePort.Next());
        var builder = Builder(new()
        {
            ["Kapman:Execution:Tradier:Enabled"] = "true",
            ["Kapman:Execution:Tradier:AccountId"] = standIn.State.Scenario.AccountId,
            ["Kapman:Execution:Tradier:BaseUrl"] = standIn.BaseUrl.ToString(),
        });
        builder.AddTradierBroker();
        using var host = builder.Build();
        var previous = Environment.GetEnvironmentVariable(TradierConnection.TokenVariable);
        Environment.SetEnvironmentVariable(TradierConnection.TokenVariable, standIn.State.Scenario.Token);
        try
        {
            var broker = host.Services.GetRequiredService<TradierBroker>();
            var balances = await broker.GetBalancesAsync(CancellationToken.None);
            Assert.That(balances.TotalCash, Is.EqualTo(100_000m));
        }
        finally
        {
            Environment.SetEnvironmentVariable(TradierConnection.TokenVariable, previous);
        }
    }

    [Test]
    public void Enabled_without_an_account_stops_the_start_naming_the_setting()
    {
        var builder = Builder(new() { ["Kapman:Execution:Tradier:Enabled"] = "true", ["Kapman:Execution:Tradier:BaseUrl"] = "ftp://example" });
        builder.AddTradierBroker();
        using var host = builder.Build();

        var ex = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.That(ex!.Failures, Is.EqualTo(new[]
        {
            "Kapman:Execution:Tradier:BaseUrl must be an absolute http(s) URL such as https://sandbox.tradier.com/.",
            "Kapman:Execution:Tradier:AccountId is required when Kapman:Execution:Tradier:Enabled is true.",
        }));
    }

    [Test]
    public void The_connection_needs_a_token_and_never_prints_it()
    {
        var options = new TradierOptions { Enabled = true, AccountId = "VA00000001" };
        var connection = TradierConnection.From(options, "secret-token-value");

        Assert.Multiple(() =>
        {
            Assert.That(() => TradierConnection.From(options, null), Throws.ArgumentException.With.Message.Contains(TradierConnection.TokenVariable));
            Assert.That(connection.ToString(), Does.Not.Contain("secret-token-value"));
            Assert.That(connection.BaseUrl, Is.EqualTo(new Uri("https://sandbox.tradier.com")), "paper by default");
        });
    }

    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
