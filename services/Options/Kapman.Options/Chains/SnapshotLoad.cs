using Kapman.Options.Core;

namespace Kapman.Options.Chains;

/// <summary>The outcome of loading one underlying's snapshot file: exactly one of <paramref name="Chain"/> and <paramref name="Failure"/> is non-null.</summary>
/// <param name="Underlying">Underlying ticker, e.g. "SPY".</param>
/// <param name="Path">The snapshot file that was read.</param>
/// <param name="Chain">The chain read, or null when the file could not be used.</param>
/// <param name="Failure">Why the file could not be used (a <see cref="SnapshotLoader"/> code and the message), or null on success.</param>
public sealed record SnapshotLoad(string Underlying, string Path, OptionChainSnapshot? Chain, string? Failure);
