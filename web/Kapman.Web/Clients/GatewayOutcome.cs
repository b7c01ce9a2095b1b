namespace Kapman.Web.Clients;

/// <summary>How a call through the gateway ended.</summary>
public enum GatewayOutcome
{
    /// <summary>2xx with a readable body.</summary>
    Ok,

    /// <summary>404 from the service: the resource does not exist (yet).</summary>
    NotFound,

    /// <summary>No answer from the service: the gateway is down, timed out, or reported the service unreachable.</summary>
    Unreachable,

    /// <summary>The service answered with an error status or an unreadable body.</summary>
    Failed,
}
