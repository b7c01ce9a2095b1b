namespace Kapman.Cli.Api;

/// <summary>What the options stage found for one underlying (options API <c>GET /chains/coverage</c>).</summary>
/// <param name="Status"><c>STORED</c>, <c>SKIPPED</c> or <c>NO_SOURCE</c>.</param>
/// <param name="Contracts">Contracts stored.</param>
/// <param name="Reason">Why it was skipped or had no source.</param>
internal sealed record ChainCoverage(string Underlying, IReadOnlyList<string> WantedBy, string Status, string? Source, int Contracts, string? Reason);
