using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Kapman.Benchmarks;

/// <summary>
/// A throw-away RabbitMQ virtual host (<c>kapman_bench_*</c>) on the local broker, made through the management API
/// (http://127.0.0.1:15672) as the suite's user <c>kapman</c> (password from <c>KAPMAN_RABBITMQ_PASSWORD</c>), deleted with
/// everything in it on dispose: a benchmark's queues never meet a running suite's.
/// </summary>
public sealed class BenchRabbitVirtualHost : IAsyncDisposable
{
    private const string User = "kapman";
    private readonly HttpClient management;

    private BenchRabbitVirtualHost(string name, string password, HttpClient management)
    {
        Name = name;
        AmqpUri = $"amqp://{User}:{Uri.EscapeDataString(password)}@127.0.0.1:5672/{Uri.EscapeDataString(name)}";
        this.management = management;
    }

    /// <summary>The virtual host's name.</summary>
    public string Name { get; }

    /// <summary>The AMQP URI of the virtual host for the suite's user (carries the password: never print it).</summary>
    public string AmqpUri { get; }

    /// <summary>Creates a virtual host named <paramref name="prefix"/> plus a random suffix, with full permissions for <c>kapman</c>.</summary>
    /// <exception cref="InvalidOperationException"><c>KAPMAN_RABBITMQ_PASSWORD</c> is not set.</exception>
    public static async Task<BenchRabbitVirtualHost> CreateAsync(string prefix)
    {
        var password = Environment.GetEnvironmentVariable("KAPMAN_RABBITMQ_PASSWORD") is { Length: > 0 } p
            ? p
            : throw new InvalidOperationException("KAPMAN_RABBITMQ_PASSWORD is not set: export it from /var/lib/kapman/rabbitmq-password.");
        var name = prefix + Guid.NewGuid().ToString("N")[..8];
        var management = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:15672"), Timeout = TimeSpan.FromSeconds(30) };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{password}")));
        (await management.PutAsync(new Uri($"/api/vhosts/{name}", UriKind.Relative), null)).EnsureSuccessStatusCode();
        (await management.PutAsJsonAsync(new Uri($"/api/permissions/{name}/{User}", UriKind.Relative), new { configure = ".*", write = ".*", read = ".*" }))
            .EnsureSuccessStatusCode();
        return new BenchRabbitVirtualHost(name, password, management);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var _ = await management.DeleteAsync(new Uri($"/api/vhosts/{Name}", UriKind.Relative));
        management.Dispose();
    }
}
