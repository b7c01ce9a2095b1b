using Kapman.Execution.Brokers.Tradier;
using Kapman.TradierStandIn;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kapman.Execution.Brokers.Tests;

/// <summary>A <see cref="TradierBroker"/> over a real HttpClient against the stand-in on Kestrel at a free loopback port, seeded with the demo SPY market.</summary>
public sealed class BrokerOnStandIn : IAsyncDisposable
{
    private readonly HttpClient http = new();

    private BrokerOnStandIn(StandInHost standIn, TradierBroker broker)
    {
        StandIn = standIn;
        Broker = broker;
    }

    /// <summary>The running stand-in.</summary>
    public StandInHost StandIn { get; }

    /// <summary>The adapter under test.</summary>
    public TradierBroker Broker { get; private set; }

    /// <summary>The stand-in's memory.</summary>
    public StandInState State => StandIn.State;

    /// <summary>Starts the stand-in with <paramref name="scenario"/> and an adapter with <paramref name="token"/> (the stand-in's by default).</summary>
    public static async Task<BrokerOnStandIn> StartAsync(StandInScenario? scenario = null, string? token = null, TimeSpan? maxRateLimitWait = null)
    {
        scenario ??= new StandInScenario();
        var standIn = await StandInHost.StartAsync(scenario, FreePort.Next());
        StandInSeed.AddDemoMarket(standIn.State);
        var harness = new BrokerOnStandIn(standIn, null!);
        harness.Broker = new TradierBroker(
            harness.http,
            new TradierConnection(standIn.BaseUrl, scenario.AccountId, token ?? scenario.Token, MaxRateLimitRetries: 2, maxRateLimitWait ?? TimeSpan.FromSeconds(5)),
            TimeProvider.System,
            NullLogger<TradierBroker>.Instance);
        return harness;
    }

    /// <summary>The status codes the stand-in answered, in order.</summary>
    public IReadOnlyList<int> Statuses() => [.. State.Calls.Select(c => c.StatusCode)];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await StandIn.DisposeAsync();
    }
}
