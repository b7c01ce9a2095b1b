using Kapman.Contracts;
using Kapman.Options.Chains;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.Application;

/// <summary>Turns the counts of an options stage run into its <see cref="StageOutcome"/>.</summary>
public static class OptionsStageResult
{
    /// <summary>
    /// <c>succeeded</c> when every underlying was stored, every contract row kept and priced; otherwise <c>partial</c>
    /// with an error text naming each skipped underlying and its reason, then the count of unreadable contract rows, of
    /// repeated OCC symbols dropped, and of contracts the model could not price.
    /// </summary>
    /// <param name="contracts">Contracts stored over all underlyings processed.</param>
    /// <param name="skippedContracts">Contract rows left out of the snapshots that were read (unreadable and duplicates).</param>
    /// <param name="failedUnderlyings">Underlyings whose snapshot could not be used or stored, with the reason.</param>
    /// <param name="duplicateSymbols">Of <paramref name="skippedContracts"/>, the rows dropped as a repeat of an OCC symbol.</param>
    /// <param name="modelErrors">Stored contracts whose pricing model failed (<c>MODEL_ERROR</c>, no IV nor greeks).</param>
    /// <exception cref="ArgumentNullException"><paramref name="failedUnderlyings"/> is null.</exception>
    public static StageOutcome From(
        int contracts, int skippedContracts, IReadOnlyList<SnapshotLoad> failedUnderlyings, int duplicateSymbols = 0, int modelErrors = 0)
    {
        ArgumentNullException.ThrowIfNull(failedUnderlyings);
        return From(contracts, skippedContracts, [.. failedUnderlyings.Select(f => (f.Underlying, f.Failure))], duplicateSymbols, modelErrors);
    }

    /// <summary>
    /// As <see cref="From(int, int, IReadOnlyList{SnapshotLoad}, int, int)"/>, with each skipped underlying and its reason as the coverage
    /// report holds them (the last shard of a run reads them back there).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="failedUnderlyings"/> is null.</exception>
    public static StageOutcome From(
        int contracts, int skippedContracts, IReadOnlyList<(string Underlying, string? Reason)> failedUnderlyings, int duplicateSymbols, int modelErrors)
    {
        ArgumentNullException.ThrowIfNull(failedUnderlyings);
        var parts = new List<string>();
        if (failedUnderlyings.Count > 0)
        {
            parts.Add($"{failedUnderlyings.Count} underlying(s) skipped: "
                + string.Join("; ", failedUnderlyings.Select(f => $"{f.Underlying} ({f.Reason})")));
        }

        if (skippedContracts - duplicateSymbols > 0)
        {
            parts.Add($"{skippedContracts - duplicateSymbols} contracts skipped as unreadable");
        }

        if (duplicateSymbols > 0)
        {
            parts.Add($"{duplicateSymbols} repeated OCC symbol row(s) dropped");
        }

        if (modelErrors > 0)
        {
            parts.Add($"{modelErrors} contract(s) MODEL_ERROR");
        }

        return parts.Count == 0
            ? StageOutcome.Succeeded(contracts)
            : new StageOutcome(StageStatuses.Partial, contracts, string.Join(". ", parts));
    }
}
