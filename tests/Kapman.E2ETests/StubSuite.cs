using System.Net.Http.Json;
using System.Text.Json;
using Kapman.BrowserTesting;
using Kapman.Web.Tests;

namespace Kapman.E2ETests;

/// <summary>
/// What a browser test runs against: the stub gateway's full day (every service healthy), the real local RabbitMQ in a
/// throw-away virtual host with a declared source queue and its <c>_error</c> queue, Kapman.Web on a loopback Kestrel
/// port wired to both, and headless Chromium.
/// </summary>
internal sealed class StubSuite : IAsyncDisposable
{
    private readonly RabbitVirtualHost virtualHost;

    private StubSuite(StubGateway gateway, RabbitVirtualHost virtualHost, BrokerQueues queues, LiveWeb web, Uri baseUrl, BrowserSession browser)
    {
        Gateway = gateway;
        this.virtualHost = virtualHost;
        Queues = queues;
        Web = web;
        BaseUrl = baseUrl;
        Browser = browser;
    }

    /// <summary>The stub gateway (its in-memory portfolios can be seeded before pages are opened).</summary>
    public StubGateway Gateway { get; }

    /// <summary>The virtual host's queues on the real broker.</summary>
    public BrokerQueues Queues { get; }

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
    /// <param name="sourceQueue">A consumer queue name, e.g. <c>wyckoff-market-session-ingested</c>.</param>
    /// <param name="failed">Messages in <c>{sourceQueue}_error</c>.</param>
    public static async Task<StubSuite> StartAsync(string apiKey, string sourceQueue, params (string Id, string Body, string Reason)[] failed)
    {
        var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay, allHealthy: true);
        var virtualHost = await RabbitVirtualHost.CreateAsync("kapman_e2e");
        var queues = await BrokerQueues.ConnectAsync(virtualHost.AmqpUri);
        await queues.DeclareAsync(sourceQueue);
        await queues.DeclareAsync(sourceQueue + "_error");
        foreach (var (id, body, reason) in failed)
        {
            await queues.PublishAsync(sourceQueue + "_error", id, body, reason);
        }

        await WaitForManagementCountAsync(virtualHost, sourceQueue + "_error", failed.Length);
        var web = new LiveWeb(gateway.Url, virtualHost.AmqpUri, apiKey);
        var baseUrl = web.Start();
        return new StubSuite(gateway, virtualHost, queues, web, baseUrl, await BrowserSession.StartAsync());
    }

    /// <summary>
    /// Waits (15 s at most) until the management API, which the Ops page lists queues from, counts the messages: its
    /// statistics lag the broker by a few seconds.
    /// </summary>
    private static async Task WaitForManagementCountAsync(RabbitVirtualHost virtualHost, string queue, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var info = await virtualHost.Management.GetFromJsonAsync<JsonElement>(
                new Uri($"/api/queues/{Uri.EscapeDataString(virtualHost.Name)}/{queue}", UriKind.Relative));
            if (info.TryGetProperty("messages", out var messages) && messages.GetInt32() == count)
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"the management API did not count {count} message(s) in {queue} within 15 s");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Web.DisposeAsync();
        await Queues.DisposeAsync();
        await virtualHost.DisposeAsync();
        await Gateway.DisposeAsync();
    }
}
