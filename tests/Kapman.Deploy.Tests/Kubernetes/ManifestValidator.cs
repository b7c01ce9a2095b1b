using System.Text.Json.Nodes;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>
/// Runs the offline validator <c>deploy/k8s/validate/validate.mjs</c> (kubernetes-models, @kubernetes-models/keda and the
/// operators' CRD schemas; its packages come from <c>npm ci</c> there, done by <c>deploy/setup.sh --test</c>). Missing node
/// or packages FAIL the test with what to run.
/// </summary>
internal static class ManifestValidator
{
    private static string Folder => Path.Combine(RepoFiles.Root, "deploy", "k8s", "validate");

    /// <summary>Validates <paramref name="yamlOrJson"/> (multi-document YAML, or a JSON array of objects).</summary>
    public static async Task<ValidationReport> ValidateAsync(string yamlOrJson)
    {
        var node = ToolRunner.Require("node is not installed (Debian: apt-get install -y nodejs); it runs deploy/k8s/validate/validate.mjs.", "/usr/bin/node", "/usr/local/bin/node");
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "kubernetes-models")))
        {
            Assert.Fail("The validator's packages are not installed: run `npm ci` in deploy/k8s/validate (deploy/setup.sh --test does).");
        }

        var emitted = Path.Combine(Path.GetTempPath(), $"kapman-k8s-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, output, error) = await ToolRunner.RunAsync(node, ["validate.mjs", "-", "--emit", emitted], yamlOrJson, Folder);
            var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            Assert.That(line, Is.Not.Null, $"validate.mjs printed no report (exit {exitCode}): {error}");
            var report = JsonNode.Parse(line!)!.AsObject();
            var kinds = report["kinds"]!.AsObject().ToDictionary(k => k.Key, k => k.Value!.GetValue<int>(), StringComparer.Ordinal);
            var errors = report["errors"]!.AsArray().Select(e => $"{e!["object"]}: {e["message"]}").ToList();
            var parsed = File.Exists(emitted) ? JsonNode.Parse(await File.ReadAllTextAsync(emitted))!.AsArray() : [];
            return new ValidationReport(exitCode, report["objects"]!.GetValue<int>(), kinds, errors, parsed);
        }
        finally
        {
            File.Delete(emitted);
        }
    }
}
