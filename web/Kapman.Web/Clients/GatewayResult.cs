namespace Kapman.Web.Clients;

/// <summary>The result of one call through the gateway; the page renders every outcome, never an exception.</summary>
/// <typeparam name="T">The response DTO.</typeparam>
/// <param name="Outcome">How the call ended.</param>
/// <param name="Value">The body when <see cref="Outcome"/> is <see cref="GatewayOutcome.Ok"/>, else default.</param>
/// <param name="Detail">For failures, what went wrong (e.g. "HTTP 500"); empty otherwise.</param>
public sealed record GatewayResult<T>(GatewayOutcome Outcome, T? Value, string Detail)
{
    /// <summary>A one-line explanation of a failed call for the given service, e.g. "recommendation service unreachable".</summary>
    public string Describe(string service) => Outcome switch
    {
        GatewayOutcome.Unreachable => $"{service} service unreachable",
        GatewayOutcome.Failed => $"{service} service error ({Detail})",
        GatewayOutcome.NotFound => $"{service} service has no such resource",
        _ => string.Empty,
    };
}
