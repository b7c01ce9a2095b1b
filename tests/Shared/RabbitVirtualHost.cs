using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Kapman.Testing;

/// <summary>
/// A throw-away virtual host on the local RabbitMQ (management API http://127.0.0.1:15672, guest/guest), with full
/// permissions for guest, deleted with everything in it on dispose. Fails the test clearly when the broker is not there.
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

    /// <summary>A management API client (guest/guest) for the test's own calls.</summary>
    public HttpClient Management { get; }

    /// <summary>An AMQP URI of the virtual host for guest on 127.0.0.1:5672.</summary>
    public Uri AmqpUri => new($"amqp://guest:guest@127.0.0.1:5672/{Uri.EscapeDataString(Name)}");

    /// <summary>Creates a virtual host named <paramref name="prefix"/> plus a random suffix.</summary>
    public static async Task<RabbitVirtualHost> CreateAsync(string prefix)
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..8];
        var management = new HttpClient { BaseAddress = ManagementUrl, Timeout = TimeSpan.FromSeconds(30) };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("guest:guest")));
        try
        {
            (await management.PutAsync(new Uri($"/api/vhosts/{name}", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }
        catch (HttpRequestException ex)
        {
            management.Dispose();
            Assert.Fail($"RabbitMQ management API not reachable at {ManagementUrl} with guest/guest: {ex.Message}");
        }

        (await management.PutAsJsonAsync(new Uri($"/api/permissions/{name}/guest", UriKind.Relative), new { configure = ".*", write = ".*", read = ".*" }))
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
