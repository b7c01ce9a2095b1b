namespace Kapman.Gateway.Tests;

/// <summary>One mutating route as a caller sees it through the gateway.</summary>
/// <param name="Method">The method the route is mapped with (upper case).</param>
/// <param name="Path">Path at the gateway, e.g. <c>/api/ingestion/portfolios</c> or the web's <c>/ops/redrive</c>.</param>
/// <param name="Backend">The backend the gateway routes it to.</param>
public sealed record MutatingRoute(string Method, string Path, string Backend)
{
    /// <summary>True for a service API route (under /api), false for a web UI form post.</summary>
    public bool IsServiceApi => Backend != GatewayServices.Web;
}
