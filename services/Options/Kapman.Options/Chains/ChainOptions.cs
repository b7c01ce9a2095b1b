using Kapman.OptionMath;
using Kapman.Options.Application;
using Kapman.Options.Core;

namespace Kapman.Options.Chains;

/// <summary>
/// Where chain snapshots are (<c>{DataRoot}/options/snapshots/{UNDERLYING}/{yyyy-MM-dd}.json</c>) and the
/// pricing inputs for computed IV and greeks; the service builds it once from <see cref="OptionsStageOptions"/> (<see cref="From"/>).
/// </summary>
public sealed record ChainOptions(string DataRoot, PricingInputs Pricing)
{
    /// <summary>Dealers' side per right for net GEX, DGPI and the flip; default long calls and short puts.</summary>
    public DealerConvention Convention { get; init; } = DealerConvention.LongCallsShortPuts;

    /// <summary>How American-style contracts are priced; null means Black–Scholes–Merton for every contract.</summary>
    public AmericanPricing? American { get; init; } = AmericanPricing.Default;

    /// <summary>
    /// Calendar days of contracts kept behind each loaded session (default <see cref="Data.ContractRetention.DefaultDays"/>; 0 keeps
    /// everything). See <see cref="Data.ContractRetention"/>.
    /// </summary>
    public int ContractRetentionDays { get; init; } = Data.ContractRetention.DefaultDays;

    /// <summary>The chain settings of <paramref name="options"/> with snapshot files under <paramref name="dataRoot"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ChainOptions From(OptionsStageOptions options, string dataRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ChainOptions(dataRoot, new PricingInputs(options.RiskFreeRate, options.DividendYield))
        {
            Convention = new DealerConvention(options.DealersLongCalls ? 1.0 : -1.0, options.DealersLongPuts ? 1.0 : -1.0),
            American = options.AmericanPricing
                ? new AmericanPricing(options.DefaultExerciseStyle, options.AmericanTreeSteps, options.EarlyExerciseTolerance)
                : null,
            ContractRetentionDays = options.ContractRetentionDays,
        };
    }

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
