using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.Chains;

/// <summary>Turns the counts of an options stage run into its <see cref="StageOutcome"/>.</summary>
public static class OptionsStageResult
{
    /// <summary>
    /// <c>succeeded</c> when every snapshot was read and every contract row kept; otherwise <c>partial</c>
    /// with an error text naming each skipped underlying and its reason, then the count of skipped contract rows.
    /// </summary>
    /// <param name="contracts">Contracts stored over all underlyings processed.</param>
    /// <param name="skippedContracts">Contract rows left out as unreadable in the snapshots that were read.</param>
    /// <param name="failedUnderlyings">Underlyings whose snapshot could not be used, with the reason.</param>
    /// <exception cref="ArgumentNullException"><paramref name="failedUnderlyings"/> is null.</exception>
    public static StageOutcome From(int contracts, int skippedContracts, IReadOnlyList<SnapshotLoad> failedUnderlyings)
    {
        ArgumentNullException.ThrowIfNull(failedUnderlyings);
        var parts = new List<string>();
        if (failedUnderlyings.Count > 0)
        {
            parts.Add($"{failedUnderlyings.Count} underlying(s) skipped: "
                + string.Join("; ", failedUnderlyings.Select(f => $"{f.Underlying} ({f.Failure})")));
        }

        if (skippedContracts > 0)
        {
            parts.Add($"{skippedContracts} contracts skipped as unreadable");
        }

        return parts.Count == 0
            ? StageOutcome.Succeeded(contracts)
            : new StageOutcome(StageStatuses.Partial, contracts, string.Join(". ", parts));
    }
}
