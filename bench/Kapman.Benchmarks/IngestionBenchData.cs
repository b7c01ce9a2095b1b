namespace Kapman.Benchmarks;

/// <summary>Locates <c>../shared/data/flatfiles</c> beside the repository (override: <c>KAPMAN_BENCH_FLATFILES</c>).</summary>
public static class IngestionBenchData
{
    /// <summary>The flat-file root holding <c>us_stocks_sip/day_aggs_v1</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">The shared data is not there.</exception>
    public static string FlatFiles()
    {
        if (Environment.GetEnvironmentVariable("KAPMAN_BENCH_FLATFILES") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kapman.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "flatfiles"));
                return Directory.Exists(path) ? path : throw new DirectoryNotFoundException("Shared flat files missing: " + path);
            }
        }

        throw new DirectoryNotFoundException("Kapman.sln not found above " + AppContext.BaseDirectory + "; set KAPMAN_BENCH_FLATFILES.");
    }
}
