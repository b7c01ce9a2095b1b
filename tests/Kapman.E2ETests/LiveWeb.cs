using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.E2ETests;

/// <summary>
/// Kapman.Web on a real loopback Kestrel port (a browser cannot reach the in-memory test server), with the gateway,
/// the bus URI (the broker, its virtual host and credentials, which the Ops page and re-drive use) and
/// <c>KAPMAN_API_KEY</c> given.
/// </summary>
public sealed class LiveWeb(Uri gatewayUrl, Uri bus, string apiKey) : WebApplicationFactory<Program>
{
    /// <summary>Starts Kestrel on a free port and returns the web's base address.</summary>
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Kapman:GatewayUrl", gatewayUrl.ToString());
        builder.UseSetting("Kapman:RabbitMq:ManagementUrl", "http://127.0.0.1:15672");
        builder.UseSetting("ConnectionStrings:RabbitMQ", bus.ToString());
        builder.UseSetting("KAPMAN_API_KEY", apiKey);
    }
}
