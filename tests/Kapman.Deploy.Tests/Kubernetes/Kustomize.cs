namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>
/// Renders a kustomize overlay of <c>deploy/k8s/overlays</c> with <c>kubectl kustomize</c> (client side, offline). A missing
/// kubectl FAILS the test with what to install: the manifests would otherwise go unchecked.
/// </summary>
internal static class Kustomize
{
    /// <summary>The overlays every test renders.</summary>
    public static readonly string[] Overlays = ["local", "production"];

    /// <summary>The rendered YAML of <paramref name="overlay"/>.</summary>
    public static async Task<string> RenderAsync(string overlay)
    {
        var kubectl = ToolRunner.Require(
            "kubectl is not installed (Debian: apt-get install -y kubectl or kubernetes-client, done by deploy/setup.sh --test); it renders deploy/k8s with `kubectl kustomize`.",
            "/usr/bin/kubectl", "/usr/local/bin/kubectl");
        var (exitCode, output, error) = await ToolRunner.RunAsync(kubectl, ["kustomize", Path.Combine("deploy", "k8s", "overlays", overlay)]);
        Assert.That(exitCode, Is.Zero, $"kubectl kustomize deploy/k8s/overlays/{overlay} failed: {error}");
        return output;
    }
}
