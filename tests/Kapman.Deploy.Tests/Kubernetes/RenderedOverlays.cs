using System.Collections.Concurrent;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>Each overlay rendered and validated once per test run (kubectl and node take about a second each), shared by the tests.</summary>
internal static class RenderedOverlays
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<(string Yaml, ValidationReport Report)>>> Cache = new(StringComparer.Ordinal);

    /// <summary>The rendered YAML of <paramref name="overlay"/> and the validator's report on it.</summary>
    public static Task<(string Yaml, ValidationReport Report)> GetAsync(string overlay) =>
        Cache.GetOrAdd(overlay, name => new Lazy<Task<(string, ValidationReport)>>(async () =>
        {
            var yaml = await Kustomize.RenderAsync(name);
            return (yaml, await ManifestValidator.ValidateAsync(yaml));
        })).Value;

    /// <summary>The rendered objects of <paramref name="overlay"/>.</summary>
    public static async Task<Manifest> ObjectsAsync(string overlay) => new((await GetAsync(overlay)).Report.Parsed);
}
