using Kapman.AppHost.Suite;

namespace Kapman.AppHost;

/// <summary>The YARP gateway resource: the single entry point on <see cref="SuiteLayout.GatewayUrl"/>.</summary>
internal static class SuiteGateway
{
    /// <summary>
    /// Adds the gateway in front of <paramref name="backends"/>; it starts once they are healthy. It gets the API key
    /// and the gateway token; its routes and the backends' fixed addresses are in its own configuration.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddGateway(
        this IDistributedApplicationBuilder builder, SuiteInfrastructure infrastructure, IReadOnlyList<IResourceBuilder<ProjectResource>> backends)
    {
        var gateway = builder.AddProject<Projects.Kapman_Gateway>(SuiteLayout.Gateway.Name)
            .WithHttpEndpoint(port: SuiteLayout.GatewayPort, isProxied: false)
            .WithEnvironment("KAPMAN_API_KEY", infrastructure.ApiKey)
            .WithEnvironment(SuiteLayout.GatewayTokenVariable, infrastructure.GatewayToken)
            .WithHttpHealthCheck("/health");
        foreach (var backend in backends)
        {
            gateway.WaitFor(backend);
        }

        return gateway;
    }
}
