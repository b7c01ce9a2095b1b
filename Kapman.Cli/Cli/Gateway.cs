using Kapman.Cli.Api;
using Kapman.AppHost.Suite;

namespace Kapman.Cli.Cli;

/// <summary>HTTP clients aimed at the gateway.</summary>
internal static class Gateway
{
    /// <summary>A client with the gateway as base address; <paramref name="timeout"/> bounds each call.</summary>
    public static HttpClient CreateClient(TimeSpan timeout) => new() { BaseAddress = SuiteLayout.GatewayUrl, Timeout = timeout };

    /// <summary>A typed API over <paramref name="http"/> using the key from <see cref="CliSettings.ReadApiKey"/>.</summary>
    public static KapmanApi Api(HttpClient http, CliSettings settings) => new(http, settings.ReadApiKey());
}
