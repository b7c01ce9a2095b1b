using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kapman.Benchmarks;

/// <summary>
/// The backend of the gateway-hop benchmark: Kestrel on a free loopback port answering every request at once with a
/// small JSON body (about the size of a health answer), and <c>GET /alive</c> with 200 for the gateway's health checks.
/// </summary>
public sealed class GatewayHopStub : IAsyncDisposable
{
    private readonly WebApplication app;

    private GatewayHopStub(WebApplication app) => this.app = app;

    /// <summary><c>127.0.0.1:&lt;port&gt;</c>.</summary>
    public string Address { get; private set; } = string.Empty;

    /// <summary>Starts the stub.</summary>
    public static async Task<GatewayHopStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"status":"Healthy","service":"stub"}""", context.RequestAborted);
        });
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()).Port;
        return new GatewayHopStub(app) { Address = $"127.0.0.1:{port}" };
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
