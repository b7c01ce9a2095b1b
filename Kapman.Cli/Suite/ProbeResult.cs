namespace Kapman.Cli.Suite;

/// <summary>Outcome of one HTTP health probe.</summary>
/// <param name="Healthy">True when the endpoint answered 200.</param>
/// <param name="Detail">The HTTP status code, or why no answer came (e.g. "connection refused", "timeout").</param>
public sealed record ProbeResult(bool Healthy, string Detail);
