using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kapman.Gateway.Tests;

/// <summary>
/// One Kestrel app listening on one loopback port per backend name. <c>GET /alive</c> answers 200 "Healthy"
/// (the gateway's health check); every other request is recorded and echoed back as a JSON <see cref="RecordedRequest"/>.
/// </summary>
public sealed class StubBackends : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<int, string> serviceByPort = new();
    private readonly ConcurrentQueue<RecordedRequest> received = new();

    private StubBackends(IReadOnlyList<string> services)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var _ in services)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
        });
        app = builder.Build();
        app.Run(HandleAsync);
    }

    /// <summary>host:port of each backend, by name.</summary>
    public IReadOnlyDictionary<string, string> Addresses { get; private set; } = new Dictionary<string, string>();

    /// <summary>Every request received so far, health checks included, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Received => [.. received];

    /// <summary>Starts the stubs, one port per name.</summary>
    public static async Task<StubBackends> StartAsync(IReadOnlyList<string> services)
    {
        var stubs = new StubBackends(services);
        await stubs.app.StartAsync();
        var ports = stubs.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Select(address => new Uri(address).Port).ToList();
        var addresses = new Dictionary<string, string>();
        for (var i = 0; i < services.Count; i++)
        {
            stubs.serviceByPort[ports[i]] = services[i];
            addresses[services[i]] = $"127.0.0.1:{ports[i]}";
        }

        stubs.Addresses = addresses;
        return stubs;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var request = new RecordedRequest(
            serviceByPort[context.Connection.LocalPort],
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            await reader.ReadToEndAsync(context.RequestAborted),
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()));
        received.Enqueue(request);

        if (request is { Method: "GET", Path: "/alive" })
        {
            await context.Response.WriteAsync("Healthy", context.RequestAborted);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(request, JsonSerializerOptions.Web), context.RequestAborted);
    }
}
