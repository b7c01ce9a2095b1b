namespace Kapman.Options.Application;

/// <summary>What the options stage stored for one shard of a session, or summed over the session's shards.</summary>
/// <param name="Underlyings">Underlyings whose chain was stored.</param>
/// <param name="Contracts">Contracts stored over them.</param>
/// <param name="SkippedContracts">Contract rows left out of the stored chains (unreadable, and repeats of an OCC symbol).</param>
/// <param name="DuplicateSymbols">Of <paramref name="SkippedContracts"/>, the rows dropped as a repeat of an OCC symbol.</param>
/// <param name="ModelErrors">Stored contracts the pricing model could not price (<c>MODEL_ERROR</c>).</param>
public sealed record ChainCounts(int Underlyings, int Contracts, int SkippedContracts, int DuplicateSymbols, int ModelErrors);
