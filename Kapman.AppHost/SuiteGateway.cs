using Kapman.AppHost.Suite;

namespace Kapman.AppHost;

/// <summary>The gateway resource: the single entry point on <see cref="SuiteLayout.GatewayUrl"/>.</summary>
internal static class SuiteGateway
{
    /// <summary>Adds the gateway in front of <paramref name="backends"/>; it starts once they are healthy.</summary>
    public static IResourceBuilder<ExecutableResource> AddGateway(
        this IDistributedApplicationBuilder builder, SuiteSettings settings, SuiteInfrastructure infrastructure,
        IReadOnlyList<IResourceBuilder<ProjectResource>> backends)
    {
        var gateway = builder.AddExecutable("gateway", "haproxy", Path.Combine(settings.RepoRoot, "gateway"), "-db", "-f", "haproxy.cfg")
            .WithEnvironment("KAPMAN_API_KEY", infrastructure.ApiKey)
            .WithEnvironment(SuiteLayout.GatewayTokenVariable, infrastructure.GatewayToken)
            .WithHttpEndpoint(port: SuiteLayout.GatewayPort, isProxied: false)
            .WithHttpHealthCheck("/api/ingestion/alive");
        foreach (var backend in backends)
        {
            gateway.WaitFor(backend);
        }

        return gateway;
    }
}
