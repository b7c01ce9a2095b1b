namespace Kapman.Web.Clients;

/// <summary>The health of one service.</summary>
/// <param name="Service">Service name as in <c>/api/&lt;service&gt;</c>.</param>
/// <param name="State">Healthy, unhealthy or unreachable.</param>
/// <param name="Detail">Short explanation, e.g. "HTTP 503"; empty when healthy.</param>
public sealed record ServiceHealth(string Service, HealthState State, string Detail);
