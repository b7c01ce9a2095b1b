namespace Kapman.Web.Clients;

/// <summary>One probe of every service's health (<see cref="HealthCache"/>).</summary>
/// <param name="Services">The health of every service in <see cref="KapmanServices.All"/>, in that order.</param>
/// <param name="CheckedAt">When the probe finished (UTC).</param>
public sealed record HealthReading(IReadOnlyList<ServiceHealth> Services, DateTimeOffset CheckedAt);
