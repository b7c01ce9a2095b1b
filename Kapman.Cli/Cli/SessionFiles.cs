using System.Globalization;

namespace Kapman.Cli.Cli;

/// <summary>Lists the session dates present as flat files under a data root.</summary>
internal static class SessionFiles
{
    private const string Suffix = ".csv.gz";

    /// <summary>Dates of <c>&lt;root&gt;/flatfiles/us_stocks_sip/day_aggs_v1/YYYY/MM/YYYY-MM-DD.csv.gz</c>; empty when the folder is absent.</summary>
    public static IReadOnlyList<DateOnly> List(string dataRoot)
    {
        var folder = Path.Combine(dataRoot, "flatfiles", "us_stocks_sip", "day_aggs_v1");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*" + Suffix, SearchOption.AllDirectories)
            .Select(path => Path.GetFileName(path)[..^Suffix.Length])
            .Select(name => DateOnly.TryParseExact(name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null)
            .OfType<DateOnly>()
            .Order()];
    }
}
