using System.Net;
using Kapman.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kapman.ServiceDefaults.Tests.Security;

/// <summary>
/// A service host built like the real ones (<c>AddServiceDefaults</c>, <c>MapDefaultEndpoints</c>) on Kestrel at a free
/// loopback port, with AllowedHosts as in the services' appsettings.json and one endpoint that counts the changes it
/// makes (<c>POST/PUT/PATCH/DELETE /changes</c>) and one that reads them (<c>GET /changes</c>).
/// </summary>
public sealed class CredentialTestApp : IAsyncDisposable
{
    /// <summary>The AllowedHosts value every service ships with.</summary>
    public const string LoopbackHosts = "localhost;127.0.0.1;[::1]";

    private readonly WebApplication app;
    private int changes;

    private CredentialTestApp(string? token)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration["AllowedHosts"] = LoopbackHosts;
        if (token is not null)
        {
            builder.Configuration[GatewayCredential.ConfigurationKey] = token;
        }

        builder.AddServiceDefaults();
        builder.Logging.AddProvider(Log);
        app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapMethods("/changes", ["POST", "PUT", "PATCH", "DELETE"], () =>
        {
            Interlocked.Increment(ref changes);
            return Results.Ok();
        });
        app.MapGet("/changes", () => Results.Ok(Volatile.Read(ref changes)));
    }

    /// <summary>Log messages of the host.</summary>
    public CapturingLoggerProvider Log { get; } = new();

    /// <summary>How many times a mutating call reached the endpoint.</summary>
    public int Changes => Volatile.Read(ref changes);

    /// <summary><c>http://127.0.0.1:&lt;port&gt;</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Starts a host whose <c>KAPMAN_GATEWAY_TOKEN</c> is <paramref name="token"/> (null: unset).</summary>
    public static async Task<CredentialTestApp> StartAsync(string? token)
    {
        var started = new CredentialTestApp(token);
        await started.app.StartAsync();
        started.Url = new Uri(started.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return started;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
