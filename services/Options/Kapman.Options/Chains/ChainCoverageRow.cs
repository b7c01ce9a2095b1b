namespace Kapman.Options.Chains;

/// <summary>What the options stage found for one underlying in one session (<c>GET /chains/coverage</c>).</summary>
/// <param name="Underlying">Ticker.</param>
/// <param name="WantedBy">Why its chain is wanted (<see cref="ChainWant.WantedBy"/>); empty for a snapshot file nobody asked for.</param>
/// <param name="Status"><c>STORED</c>, <c>SKIPPED</c> (read but unusable, or not fetched: see the reason) or <c>NO_SOURCE</c>.</param>
/// <param name="Source"><c>file SPY/2025-08-26.json</c> or <c>polygon:/v3/snapshot/options</c>; null with no source.</param>
/// <param name="Contracts">Contracts stored; 0 unless STORED.</param>
/// <param name="Reason">Why it was skipped or had no source; null when STORED.</param>
public sealed record ChainCoverageRow(string Underlying, IReadOnlyList<string> WantedBy, string Status, string? Source, int Contracts, string? Reason);
