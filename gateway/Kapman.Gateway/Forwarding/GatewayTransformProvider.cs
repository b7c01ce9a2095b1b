using Kapman.Gateway.Configuration;
using Kapman.ServiceDefaults.Security;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Kapman.Gateway.Forwarding;

/// <summary>
/// Transforms every route gets, beside the per-route ones in appsettings.json: the caller's <c>Host</c> is forwarded
/// unchanged (the backends' <c>AllowedHosts</c> then still see the name the caller used, and the web builds its links
/// for it), and a cluster whose metadata has <see cref="GatewayTokenMetadata"/> = <c>true</c> (the seven services, not
/// the web UI) gets <c>X-Kapman-Gateway-Token</c>, the services' proof that a request passed the gateway's checks.
/// The token comes from the environment, never from the configuration file.
/// </summary>
internal sealed class GatewayTransformProvider(GatewaySecrets secrets) : ITransformProvider
{
    /// <summary>Cluster metadata key: <c>true</c> for a cluster that must receive the gateway token.</summary>
    public const string GatewayTokenMetadata = "Kapman.GatewayToken";

    /// <inheritdoc />
    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    /// <inheritdoc />
    public void ValidateCluster(TransformClusterValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Cluster.Metadata?.TryGetValue(GatewayTokenMetadata, out var value) == true && !bool.TryParse(value, out _))
        {
            context.Errors.Add(new ArgumentException($"Cluster '{context.Cluster.ClusterId}': {GatewayTokenMetadata} must be true or false."));
        }
    }

    /// <inheritdoc />
    public void Apply(TransformBuilderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddOriginalHost(useOriginal: true);
        if (context.Cluster?.Metadata?.TryGetValue(GatewayTokenMetadata, out var value) == true && bool.TryParse(value, out var send) && send)
        {
            context.AddRequestHeader(GatewayCredential.HeaderName, secrets.GatewayToken, append: false);
        }
    }
}
