namespace Kapman.Web.Clients;

/// <summary>A service's readiness as seen through the gateway.</summary>
public enum HealthState
{
    /// <summary><c>GET /health</c> answered 2xx.</summary>
    Healthy,

    /// <summary>The service answered <c>/health</c> with an error status (e.g. 503: Postgres or the bus is down).</summary>
    Unhealthy,

    /// <summary>No answer: the gateway is down or reported the service unreachable.</summary>
    Unreachable,
}
