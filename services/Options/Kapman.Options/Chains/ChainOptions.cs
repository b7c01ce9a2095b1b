using Kapman.Options.Core;

namespace Kapman.Options.Chains;

/// <summary>
/// Where chain snapshots are (<c>{DataRoot}/options/snapshots/{UNDERLYING}/{yyyy-MM-dd}.json</c>) and the
/// pricing inputs for computed IV and greeks (configuration <c>Kapman:Options:RiskFreeRate</c> and
/// <c>Kapman:Options:DividendYield</c>, annualised decimals; defaults in <see cref="PricingInputs.Default"/>).
/// </summary>
public sealed record ChainOptions(string DataRoot, PricingInputs Pricing)
{
    /// <summary>
    /// Dealers' side per right for net GEX, DGPI and the flip: configuration <c>Kapman:Options:DealersLongCalls</c>
    /// (default true) and <c>Kapman:Options:DealersLongPuts</c> (default false), i.e. long calls and short puts.
    /// </summary>
    public DealerConvention Convention { get; init; } = DealerConvention.LongCallsShortPuts;

    /// <summary>Model version stored with dealer metrics.</summary>
    public const string ModelVersion = "options-1.0.0";

    /// <summary>Snapshot files of a session, one per underlying, in underlying order.</summary>
    public IReadOnlyList<(string Underlying, string Path)> SnapshotsFor(DateOnly session)
    {
        var root = System.IO.Path.Combine(DataRoot, "options", "snapshots");
        if (!Directory.Exists(root))
        {
            return [];
        }

        var name = session.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".json";
        return Directory.EnumerateDirectories(root)
            .Select(dir => (Underlying: System.IO.Path.GetFileName(dir), Path: System.IO.Path.Combine(dir, name)))
            .Where(s => File.Exists(s.Path))
            .OrderBy(s => s.Underlying, StringComparer.Ordinal)
            .ToList();
    }
}
