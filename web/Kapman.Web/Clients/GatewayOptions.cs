namespace Kapman.Web.Clients;

/// <summary>Where the web UI reaches the services: only through the gateway (configuration section <c>Kapman</c>).</summary>
public sealed class GatewayOptions
{
    /// <summary>Configuration section holding <see cref="GatewayUrl"/> (env: <c>Kapman__GatewayUrl</c>).</summary>
    public const string Section = "Kapman";

    /// <summary>Base address of the gateway; services are under <c>/api/&lt;service&gt;/</c>.</summary>
    public Uri GatewayUrl { get; set; } = new("http://127.0.0.1:8080");

    /// <summary>Upper bound for one call to the gateway, retries included, so a page never hangs on a dead service.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
