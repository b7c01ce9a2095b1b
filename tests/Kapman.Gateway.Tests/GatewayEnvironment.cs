namespace Kapman.Gateway.Tests;

/// <summary>
/// The environment variables gateway/haproxy.cfg reads (see its header), for one HAProxy instance on free ports.
/// </summary>
/// <param name="ApiKey">KAPMAN_API_KEY, or null to leave it unset.</param>
/// <param name="FrontendPort">Port of the public frontend (production: 8080).</param>
/// <param name="StatsPort">Port of the stats / Prometheus frontend (production: 8405).</param>
/// <param name="RateLimit">KAPMAN_RATE_LIMIT (requests per IP per 10 s), or null for the config's default.</param>
/// <param name="Backends">host:port per backend name; names missing here keep the config's defaults.</param>
public sealed record GatewayEnvironment(
    string? ApiKey,
    int FrontendPort,
    int StatsPort,
    int? RateLimit,
    IReadOnlyDictionary<string, string> Backends)
{
    /// <summary>The KAPMAN_GATEWAY_TOKEN every test gateway forwards to the services unless a test says otherwise.</summary>
    public const string DefaultGatewayToken = "gateway-test-token";

    /// <summary>KAPMAN_GATEWAY_TOKEN, or null to leave it unset.</summary>
    public string? GatewayToken { get; init; } = DefaultGatewayToken;

    /// <summary>An environment on fresh free ports with the given key and backends.</summary>
    public static GatewayEnvironment OnFreePorts(string? apiKey, IReadOnlyDictionary<string, string> backends, int? rateLimit = null) =>
        new(apiKey, FreePort.Next(), FreePort.Next(), rateLimit, backends);

    /// <summary>Base address of the public frontend.</summary>
    public Uri FrontendUrl => new($"http://127.0.0.1:{FrontendPort}");

    /// <summary>Base address of the stats frontend.</summary>
    public Uri StatsUrl => new($"http://127.0.0.1:{StatsPort}");

    /// <summary>Writes the variables into a process environment, removing any inherited KAPMAN_* values first.</summary>
    public void ApplyTo(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.Where(k => k.StartsWith("KAPMAN_", StringComparison.Ordinal)).ToList())
        {
            environment.Remove(name);
        }

        if (ApiKey is not null)
        {
            environment["KAPMAN_API_KEY"] = ApiKey;
        }

        if (GatewayToken is not null)
        {
            environment["KAPMAN_GATEWAY_TOKEN"] = GatewayToken;
        }

        environment["KAPMAN_GATEWAY_BIND"] = $"127.0.0.1:{FrontendPort}";
        environment["KAPMAN_GATEWAY_STATS_BIND"] = $"127.0.0.1:{StatsPort}";
        if (RateLimit is { } limit)
        {
            environment["KAPMAN_RATE_LIMIT"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var (service, address) in Backends)
        {
            environment[GatewayServices.AddressVariable(service)] = address;
        }
    }
}
