namespace Kapman.Web.Clients;

/// <summary>A strike with large open interest (a call or put wall).</summary>
/// <param name="Strike">Strike, USD.</param>
/// <param name="OpenInterest">Open interest at that strike, contracts.</param>
public sealed record StrikeWall(double Strike, long OpenInterest);
