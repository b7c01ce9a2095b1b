using System.Net.Http.Json;

namespace Kapman.Testing;

/// <summary>
/// A throw-away virtual host on the local RabbitMQ (management API http://127.0.0.1:15672, as the suite's user
/// kapman, see <see cref="LocalServers"/>), with full permissions for that user, deleted with everything in it on dispose. Fails the test clearly when the broker is not there.
/// </summary>
internal sealed class RabbitVirtualHost : IAsyncDisposable
{
    private static readonly Uri ManagementUrl = new("http://127.0.0.1:15672");

    private RabbitVirtualHost(string name, HttpClient management)
    {
        Name = name;
        Management = management;
    }

    /// <summary>The virtual host's name.</summary>
    public string Name { get; }

    /// <summary>A management API client (the suite's user) for the test's own calls.</summary>
    public HttpClient Management { get; }

    /// <summary>An AMQP URI of the virtual host for the suite's user on 127.0.0.1:5672.</summary>
    public Uri AmqpUri => new(LocalServers.RabbitMq(Name));

    /// <summary>Creates a virtual host named <paramref name="prefix"/> plus a random suffix.</summary>
    public static async Task<RabbitVirtualHost> CreateAsync(string prefix)
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..8];
        var management = new HttpClient { BaseAddress = ManagementUrl, Timeout = TimeSpan.FromSeconds(30) };
        management.DefaultRequestHeaders.Authorization = LocalServers.RabbitMqManagementAuth;
        try
        {
            (await management.PutAsync(new Uri($"/api/vhosts/{name}", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }
        catch (HttpRequestException ex)
        {
            management.Dispose();
            Assert.Fail($"RabbitMQ management API not reachable at {ManagementUrl} as {LocalServers.RabbitMqUser}: {ex.Message}");
        }

        (await management.PutAsJsonAsync(new Uri($"/api/permissions/{name}/{LocalServers.RabbitMqUser}", UriKind.Relative), new { configure = ".*", write = ".*", read = ".*" }))
            .EnsureSuccessStatusCode();
        return new RabbitVirtualHost(name, management);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var _ = await Management.DeleteAsync(new Uri($"/api/vhosts/{Name}", UriKind.Relative));
        Management.Dispose();
    }
}
