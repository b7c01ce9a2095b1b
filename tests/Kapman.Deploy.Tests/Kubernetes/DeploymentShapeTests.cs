using System.Text.Json.Nodes;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>
/// Every Deployment of every overlay: readiness on /health, liveness and startup on /alive (with the Host header the
/// services' AllowedHosts admits), non-root and read-only with every capability dropped, requests and a memory limit,
/// a Service and a PodDisruptionBudget selecting its pods, and a grace period longer than the services' 35 s shutdown.
/// </summary>
[TestFixture]
public sealed class DeploymentShapeTests
{
    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task EveryDeployment_HasTheThreeProbes(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);

        Assert.Multiple(() =>
        {
            foreach (var deployment in objects.OfKind("Deployment"))
            {
                var name = Manifest.Name(deployment);
                var container = objects.MainContainer(name);
                AssertProbe(container, "readinessProbe", "/health", name);
                AssertProbe(container, "livenessProbe", "/alive", name);
                AssertProbe(container, "startupProbe", "/alive", name);
                var startupBudget = (int)container["startupProbe"]!["periodSeconds"]! * (int)container["startupProbe"]!["failureThreshold"]!;
                Assert.That(startupBudget, Is.GreaterThanOrEqualTo(220), $"{name}: startup must outlast the migrations' 3 min 40 s wait for the database");
            }
        });
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task EveryPod_RunsAsNonRoot_ReadOnly_WithoutCapabilities(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var workloads = objects.OfKind("Deployment").Concat(objects.OfKind("Job")).ToList();

        Assert.That(workloads, Has.Count.EqualTo(10));
        Assert.Multiple(() =>
        {
            foreach (var workload in workloads)
            {
                var name = Manifest.Name(workload);
                var pod = Manifest.PodSpec(workload);
                Assert.That((bool?)pod["securityContext"]?["runAsNonRoot"], Is.True, $"{name}: runAsNonRoot");
                Assert.That((int?)pod["securityContext"]?["runAsUser"], Is.GreaterThan(0), $"{name}: numeric non-root user");
                Assert.That((bool?)pod["automountServiceAccountToken"], Is.False, $"{name}: no API token");
                foreach (var container in Manifest.Containers(pod))
                {
                    var security = container["securityContext"];
                    Assert.That((bool?)security?["readOnlyRootFilesystem"], Is.True, $"{name}/{container["name"]}: read-only root");
                    Assert.That((bool?)security?["allowPrivilegeEscalation"], Is.False, $"{name}/{container["name"]}: no privilege escalation");
                    Assert.That(security?["capabilities"]?["drop"]?.AsArray().Select(c => (string?)c), Is.EqualTo(new[] { "ALL" }), $"{name}/{container["name"]}: drops ALL");
                    Assert.That(container["volumeMounts"]?.AsArray().Select(m => (string?)m!["mountPath"]), Does.Contain("/tmp"), $"{name}: a writable /tmp");
                    Assert.That((string?)container["resources"]?["requests"]?["cpu"], Is.Not.Null, $"{name}: cpu request");
                    Assert.That((string?)container["resources"]?["limits"]?["memory"], Is.Not.Null, $"{name}: memory limit");
                }
            }
        });
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task EveryDeployment_HasAServiceAndADisruptionBudget(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);

        Assert.Multiple(() =>
        {
            foreach (var deployment in objects.OfKind("Deployment"))
            {
                var name = Manifest.Name(deployment);
                var podLabels = Manifest.PodLabels(deployment);
                Assert.That(Selects(objects.Get("Service", name)["spec"]!["selector"]!.AsObject(), podLabels), Is.True, $"Service {name} selects its pods");
                Assert.That(Selects(objects.Get("PodDisruptionBudget", name)["spec"]!["selector"]!["matchLabels"]!.AsObject(), podLabels), Is.True, $"PDB {name} selects its pods");
                Assert.That((int?)Manifest.PodSpec(deployment)["terminationGracePeriodSeconds"], Is.GreaterThan(35), $"{name}: grace beyond the 35 s shutdown");
            }
        });
    }

    [Test]
    public async Task Production_KeepsOneGatewayAndOneWebUp_DuringDisruptions()
    {
        var objects = await RenderedOverlays.ObjectsAsync("production");

        Assert.Multiple(() =>
        {
            foreach (var name in new[] { "gateway", "web" })
            {
                Assert.That((int?)objects.Get("Deployment", name)["spec"]!["replicas"], Is.EqualTo(2), name);
                Assert.That((int?)objects.Get("PodDisruptionBudget", name)["spec"]!["minAvailable"], Is.EqualTo(1), name);
            }
        });
    }

    private static void AssertProbe(JsonObject container, string probe, string path, string name)
    {
        var get = container[probe]?["httpGet"];
        Assert.That((string?)get?["path"], Is.EqualTo(path), $"{name}: {probe} path");
        Assert.That((string?)get?["port"]?.ToString(), Is.EqualTo("http"), $"{name}: {probe} port");
        var host = get?["httpHeaders"]?.AsArray().FirstOrDefault(h => (string?)h!["name"] == "Host");
        Assert.That((string?)host?["value"], Is.EqualTo("localhost"), $"{name}: {probe} sends a Host the services admit");
    }

    private static bool Selects(JsonObject selector, IReadOnlyDictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == (string?)s.Value);
}
