using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// Hosts Kapman.Web in memory with <c>Kapman:GatewayUrl</c> pointed at the given address, the RabbitMQ management
/// API at <paramref name="rabbitManagementUrl"/> and AMQP (re-drive) at a free port (defaults: unreachable, never the local broker)
/// and <c>KAPMAN_API_KEY</c> set to <paramref name="apiKey"/> when given, plus any further <paramref name="settings"/>.
/// </summary>
public sealed class KapmanWebFactory(Uri gatewayUrl, Uri? rabbitManagementUrl = null, string? apiKey = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Kapman:GatewayUrl", gatewayUrl.ToString());
        // The Ops page takes the management API's credentials from the bus URI, as in the suite.
        builder.UseSetting("ConnectionStrings:RabbitMQ", StubRabbitManagement.BusUri);
        builder.UseSetting(
            "Kapman:RabbitMq:ManagementUrl", (rabbitManagementUrl ?? new Uri($"http://127.0.0.1:{FreePort.Next()}")).ToString());
        builder.UseSetting("Kapman:RabbitMq:AmqpUrl", $"amqp://nobody:unused@127.0.0.1:{FreePort.Next()}/");
        if (apiKey is not null)
        {
            builder.UseSetting("KAPMAN_API_KEY", apiKey);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
