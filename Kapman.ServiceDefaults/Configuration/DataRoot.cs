using Microsoft.Extensions.Configuration;

namespace Kapman.ServiceDefaults.Configuration;

/// <summary>
/// Where the market data files live: <c>Kapman:Data:Root</c> (env <c>Kapman__Data__Root</c>), else the
/// bundled <c>data/sample</c> of the repository the binary was built in. The root holds
/// <c>flatfiles/us_stocks_sip/day_aggs_v1/...</c> and <c>options/snapshots/...</c>, the layout of <c>../shared/data</c>.
/// </summary>
public static class DataRoot
{
    /// <summary>Resolves the data root to an absolute path.</summary>
    /// <exception cref="InvalidOperationException">Nothing is configured and no <c>data/sample</c> is found above the binary.</exception>
    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration["Kapman:Data:Root"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var sample = Path.Combine(dir.FullName, "data", "sample");
            if (File.Exists(Path.Combine(dir.FullName, "Kapman.sln")) && Directory.Exists(sample))
            {
                return sample;
            }
        }

        throw new InvalidOperationException("Kapman:Data:Root is not set and no data/sample was found above " + AppContext.BaseDirectory);
    }
}
