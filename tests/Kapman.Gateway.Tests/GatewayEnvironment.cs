using System.Globalization;

namespace Kapman.Gateway.Tests;

/// <summary>The environment variables the gateway reads (gateway/README.md), for one gateway instance on a free port.</summary>
/// <param name="ApiKey">KAPMAN_API_KEY, or null to leave it unset.</param>
/// <param name="FrontendPort">Port the gateway listens on (production: 8080).</param>
/// <param name="RateLimit">KAPMAN_RATE_LIMIT (requests per IP per 10 s), or null for the default.</param>
/// <param name="Backends">host:port per backend name; names missing here keep the gateway's defaults.</param>
public sealed record GatewayEnvironment(
    string? ApiKey,
    int FrontendPort,
    int? RateLimit,
    IReadOnlyDictionary<string, string> Backends)
{
    /// <summary>The KAPMAN_GATEWAY_TOKEN every test gateway forwards to the services unless a test says otherwise.</summary>
    public const string DefaultGatewayToken = "gateway-test-token";

    /// <summary>KAPMAN_GATEWAY_TOKEN, or null to leave it unset.</summary>
    public string? GatewayToken { get; init; } = DefaultGatewayToken;

    /// <summary>TELEGRAM_WEBHOOK_SECRET (the Telegram webhook's secret token), or null (the default) to leave it unset.</summary>
    public string? TelegramWebhookSecret { get; init; }

    /// <summary>An environment on a fresh free port with the given key and backends.</summary>
    public static GatewayEnvironment OnFreePorts(string? apiKey, IReadOnlyDictionary<string, string> backends, int? rateLimit = null) =>
        new(apiKey, FreePort.Next(), rateLimit, backends);

    /// <summary>Base address of the gateway.</summary>
    public Uri FrontendUrl => new($"http://127.0.0.1:{FrontendPort}");

    /// <summary>
    /// Writes the variables into a process environment, removing any inherited KAPMAN_*, ASPNETCORE_* and
    /// ReverseProxy__* values first so that only what the test says applies.
    /// </summary>
    public void ApplyTo(IDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string[] inherited = ["KAPMAN_", "ASPNETCORE_", "ReverseProxy__", "Gateway__"];
        foreach (var name in environment.Keys.Where(k => inherited.Any(prefix => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            environment.Remove(name);
        }

        environment.Remove("TELEGRAM_WEBHOOK_SECRET");
        if (TelegramWebhookSecret is not null)
        {
            environment["TELEGRAM_WEBHOOK_SECRET"] = TelegramWebhookSecret;
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
        if (RateLimit is { } limit)
        {
            environment["KAPMAN_RATE_LIMIT"] = limit.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (service, address) in Backends)
        {
            environment[GatewayServices.AddressVariable(service)] = address;
        }
    }
}
