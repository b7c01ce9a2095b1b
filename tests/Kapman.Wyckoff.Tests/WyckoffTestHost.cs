using System.Text;
using Kapman.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// The Wyckoff host in memory against a throw-away PostgreSQL database (<see cref="ServiceTestDatabase"/>) and a
/// RabbitMQ vhost of its own (<c>kapman_wyckoff_test_*</c> on 127.0.0.1:5672, the suite's user kapman, made and deleted through
/// the management API on 15672), so leftover queues of other runs never reach it. An unreachable server fails the
/// test with its address. Configured with <see cref="GatewayToken"/>, which its clients present as the gateway does.
/// </summary>
public sealed class WyckoffTestHost : WebApplicationFactory<Program>
{
    /// <summary>The gateway credential the host requires on mutating calls and <see cref="WebApplicationFactory{T}.CreateClient()"/> sends.</summary>
    public const string GatewayToken = "wyckoff-test-gateway-token";

    private static readonly Uri Management = new("http://127.0.0.1:15672/");

    private readonly string connectionString;
    private readonly string virtualHost;

    private WyckoffTestHost(string connectionString, string virtualHost)
    {
        this.connectionString = connectionString;
        this.virtualHost = virtualHost;
    }

    /// <summary>The host's RabbitMQ vhost.</summary>
    public string VirtualHost => virtualHost;

    /// <summary>Creates the vhost and returns a started host on the database <paramref name="connectionString"/>.</summary>
    public static async Task<WyckoffTestHost> StartAsync(string connectionString)
    {
        var virtualHost = "kapman_wyckoff_test_" + Guid.NewGuid().ToString("N")[..12];
        using var http = ManagementClient();
        try
        {
            (await http.PutAsync($"api/vhosts/{virtualHost}", null)).EnsureSuccessStatusCode();
            using var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
            (await http.PutAsync($"api/permissions/{virtualHost}/{LocalServers.RabbitMqUser}", permissions)).EnsureSuccessStatusCode();
        }
        catch (HttpRequestException ex)
        {
            Assert.Fail($"RabbitMQ with its management API is needed at {Management}: {ex.Message}");
        }

        var host = new WyckoffTestHost(connectionString, virtualHost);
        _ = host.Server;
        return host;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Postgres", connectionString);
        builder.UseSetting("ConnectionStrings:RabbitMQ", LocalServers.RabbitMq(virtualHost));
        builder.UseSetting(GatewayCredential.ConfigurationKey, GatewayToken);
    }

    /// <inheritdoc />
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(GatewayCredential.HeaderName, GatewayToken);
    }

    /// <summary>A client of the management API on 15672 as the suite's user.</summary>
    public static HttpClient ManagementClient()
    {
        var http = new HttpClient { BaseAddress = Management };
        http.DefaultRequestHeaders.Authorization = LocalServers.RabbitMqManagementAuth;
        return http;
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        using var http = ManagementClient();
        await http.DeleteAsync($"api/vhosts/{virtualHost}");
        GC.SuppressFinalize(this);
    }
}
