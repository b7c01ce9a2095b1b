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

    /// <summary>
    /// How American-style contracts are priced (configuration <c>Kapman:Options:AmericanPricing</c>, default true; false or null means
    /// Black–Scholes–Merton for every contract; <c>Kapman:Options:AmericanTreeSteps</c>, <c>Kapman:Options:EarlyExerciseTolerance</c>
    /// and <c>Kapman:Options:DefaultExerciseStyle</c> as in <see cref="AmericanPricing"/>).
    /// </summary>
    public AmericanPricing? American { get; init; } = AmericanPricing.Default;

    /// <summary>
    /// Calendar days of contracts kept behind each loaded session (configuration <c>Kapman:Options:ContractRetentionDays</c>,
    /// default <see cref="Data.ContractRetention.DefaultDays"/>; 0 keeps everything). See <see cref="Data.ContractRetention"/>.
    /// </summary>
    public int ContractRetentionDays { get; init; } = Data.ContractRetention.DefaultDays;

    /// <summary>Model version stored with dealer metrics.</summary>
    public const string ModelVersion = "options-1.1.0";

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
