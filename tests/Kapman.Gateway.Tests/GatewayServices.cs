namespace Kapman.Gateway.Tests;

/// <summary>The backends the gateway knows, by the names its config uses (spec: ports table).</summary>
public static class GatewayServices
{
    /// <summary>The web UI backend, which takes every path outside <c>/api/</c>.</summary>
    public const string Web = "web";

    /// <summary>The seven services reachable as <c>/api/&lt;service&gt;/...</c>.</summary>
    public static IReadOnlyList<string> Api { get; } =
        ["ingestion", "options", "metrics", "wyckoff", "recommendation", "execution", "notification"];

    /// <summary>Every backend: web plus the seven services.</summary>
    public static IReadOnlyList<string> All { get; } = [Web, .. Api];

    /// <summary>The environment variable that holds a backend's host:port, e.g. <c>KAPMAN_WYCKOFF_ADDR</c>.</summary>
    public static string AddressVariable(string service) => $"KAPMAN_{service.ToUpperInvariant()}_ADDR";
}
