namespace Kapman.Options.Chains;

/// <summary>The per-underlying report of an options stage run: every wanted underlying and every snapshot read, with what came of it.</summary>
public static class ChainCoverage
{
    /// <summary>The status of a chain stored.</summary>
    public const string Stored = "STORED";

    /// <summary>The status of a chain read or asked for but not stored (the reason says why).</summary>
    public const string Skipped = "SKIPPED";

    /// <summary>The status of a wanted underlying with neither a snapshot file nor the API.</summary>
    public const string NoSource = "NO_SOURCE";

    /// <summary>The reason given with <see cref="NoSource"/>.</summary>
    public const string NoSourceReason = "no snapshot file for the session, and no POLYGON_API_KEY to fetch one";

    /// <summary>
    /// One row per underlying of <paramref name="wanted"/> or <paramref name="loads"/>, in ticker order: STORED with its contract count when
    /// <paramref name="stored"/> has it, SKIPPED with the load's failure when <paramref name="failed"/> has it, NO_SOURCE otherwise.
    /// </summary>
    /// <param name="stored">Underlying → contracts stored.</param>
    /// <param name="failed">The loads that were not stored, with their failure.</param>
    public static IReadOnlyList<ChainCoverageRow> Of(
        IReadOnlyList<ChainWant> wanted, IReadOnlyList<SnapshotLoad> loads, IReadOnlyDictionary<string, int> stored, IReadOnlyList<SnapshotLoad> failed)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(loads);
        var reasons = wanted.ToDictionary(w => w.Underlying, w => w.WantedBy, StringComparer.OrdinalIgnoreCase);
        var sources = loads.GroupBy(l => l.Underlying, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => Source(g.First().Path), StringComparer.OrdinalIgnoreCase);
        var failures = failed.GroupBy(l => l.Underlying, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Failure, StringComparer.OrdinalIgnoreCase);
        return reasons.Keys.Concat(sources.Keys).Select(u => u.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(u => new ChainCoverageRow(u, reasons.GetValueOrDefault(u) ?? [],
                stored.TryGetValue(u, out var n) ? Stored : sources.ContainsKey(u) ? Skipped : NoSource,
                sources.GetValueOrDefault(u), stored.GetValueOrDefault(u),
                stored.ContainsKey(u) ? null : failures.GetValueOrDefault(u) ?? (sources.ContainsKey(u) ? null : NoSourceReason)))
            .ToList();
    }

    /// <summary>A load's path as shown: the API's name as it is, a file as <c>file UNDERLYING/yyyy-MM-dd.json</c> (no server path).</summary>
    private static string Source(string path) => path.StartsWith("polygon:", StringComparison.Ordinal)
        ? path
        : "file " + string.Join('/', path.Split(['/', '\\']).TakeLast(2));
}
