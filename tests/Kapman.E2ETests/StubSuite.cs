using Kapman.BrowserTesting;
using Kapman.Web.Tests;

namespace Kapman.E2ETests;

/// <summary>
/// What a browser test runs against: the stub gateway's full day (every service healthy), a stub RabbitMQ management
/// API with a declared source queue, Kapman.Web on a loopback Kestrel port wired to both, and headless Chromium.
/// </summary>
public sealed class StubSuite : IAsyncDisposable
{
    private StubSuite(StubGateway gateway, StubRabbitManagement rabbit, LiveWeb web, Uri baseUrl, BrowserSession browser)
    {
        Gateway = gateway;
        Rabbit = rabbit;
        Web = web;
        BaseUrl = baseUrl;
        Browser = browser;
    }

    /// <summary>The stub gateway (its in-memory portfolios can be seeded before pages are opened).</summary>
    public StubGateway Gateway { get; }

    /// <summary>The stub RabbitMQ management API.</summary>
    public StubRabbitManagement Rabbit { get; }

    /// <summary>The web host.</summary>
    public LiveWeb Web { get; }

    /// <summary>The web's base address, for <see cref="BrowserSession.NewPageAsync"/>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The browser.</summary>
    public BrowserSession Browser { get; }

    /// <summary>
    /// Starts everything; <paramref name="sourceQueue"/> is declared and each of <paramref name="failed"/> (message id,
    /// JSON body, failure reason) is put in its <c>_error</c> queue.
    /// </summary>
    /// <param name="apiKey">The web's <c>KAPMAN_API_KEY</c>.</param>
    /// <param name="sourceQueue">A consumer queue name, e.g. <c>wyckoff-indicators-computed</c>.</param>
    /// <param name="failed">Messages in <c>{sourceQueue}_error</c>.</param>
    public static async Task<StubSuite> StartAsync(string apiKey, string sourceQueue, params (string Id, string Body, string Reason)[] failed)
    {
        var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay, allHealthy: true);
        var rabbit = await StubRabbitManagement.StartAsync();
        rabbit.Declare(sourceQueue);
        foreach (var (id, body, reason) in failed)
        {
            rabbit.Enqueue(sourceQueue + "_error", id, body, reason);
        }

        var web = new LiveWeb(gateway.Url, rabbit.Url, apiKey);
        var baseUrl = web.Start();
        return new StubSuite(gateway, rabbit, web, baseUrl, await BrowserSession.StartAsync());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Web.DisposeAsync();
        await Rabbit.DisposeAsync();
        await Gateway.DisposeAsync();
    }
}
