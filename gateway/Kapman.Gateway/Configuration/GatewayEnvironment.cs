using System.Globalization;

namespace Kapman.Gateway.Configuration;

/// <summary>
/// The suite's short environment variables, mapped onto the configuration keys the gateway really reads (so either
/// form works, and the long form is what an orchestrator such as Aspire sets):
/// <list type="bullet">
/// <item><c>KAPMAN_GATEWAY_BIND</c> (<c>host:port</c>) → <c>urls</c> (<c>http://host:port</c>). Unset: <c>ASPNETCORE_URLS</c>
/// when that is set, else <see cref="DefaultBind"/>.</item>
/// <item><c>KAPMAN_RATE_LIMIT</c> → <c>Gateway:RateLimit:PermitLimit</c>.</item>
/// <item><c>KAPMAN_&lt;CLUSTER&gt;_ADDR</c> (<c>host:port</c>) → <c>ReverseProxy:Clusters:&lt;cluster&gt;:Destinations:&lt;cluster&gt;:Address</c>
/// (<c>http://host:port</c>), for every cluster of appsettings.json, e.g. <c>KAPMAN_WYCKOFF_ADDR</c>.</item>
/// </list>
/// </summary>
internal static class GatewayEnvironment
{
    /// <summary>Where the gateway listens when neither <c>KAPMAN_GATEWAY_BIND</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultBind = "127.0.0.1:8080";

    /// <summary>Adds the mapped values on top of every other configuration source, so they win.</summary>
    public static WebApplicationBuilder AddGatewayEnvironment(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var mapped = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (configuration["KAPMAN_GATEWAY_BIND"] is { Length: > 0 } bind)
        {
            builder.WebHost.UseUrls("http://" + bind);
        }
        else if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls("http://" + DefaultBind);
        }

        if (configuration["KAPMAN_RATE_LIMIT"] is { Length: > 0 } limit)
        {
            mapped["Gateway:RateLimit:PermitLimit"] = limit;
        }

        foreach (var cluster in configuration.GetSection("ReverseProxy:Clusters").GetChildren())
        {
            var variable = string.Create(CultureInfo.InvariantCulture, $"KAPMAN_{cluster.Key.ToUpperInvariant()}_ADDR");
            if (configuration[variable] is { Length: > 0 } address)
            {
                mapped[$"ReverseProxy:Clusters:{cluster.Key}:Destinations:{cluster.Key}:Address"] = "http://" + address;
            }
        }

        configuration.AddInMemoryCollection(mapped);
        return builder;
    }
}
