using System.Text.Json.Nodes;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>
/// deploy/k8s: every overlay renders with <c>kubectl kustomize</c> and every object validates offline (Kubernetes, KEDA,
/// CloudNativePG and RabbitMQ operator schemas); and the validator has teeth: objects broken on purpose are rejected.
/// </summary>
[TestFixture]
public sealed class OverlayValidationTests
{
    /// <summary>What each overlay holds: the 7 services, web and gateway, with their Services and budgets, and the rest.</summary>
    private static readonly Dictionary<string, int> ExpectedKinds = new(StringComparer.Ordinal)
    {
        ["Deployment"] = 9, ["Service"] = 9, ["PodDisruptionBudget"] = 9, ["ScaledObject"] = 7, ["TriggerAuthentication"] = 1,
        ["Job"] = 1, ["Cluster"] = 1, ["ScheduledBackup"] = 1, ["RabbitmqCluster"] = 1, ["Namespace"] = 1,
    };

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task Overlay_Renders_And_EveryObjectValidates(string overlay)
    {
        var (_, report) = await RenderedOverlays.GetAsync(overlay);

        Assert.Multiple(() =>
        {
            Assert.That(report.Errors, Is.Empty, $"invalid objects in overlay {overlay}");
            Assert.That(report.ExitCode, Is.Zero);
            Assert.That(report.Objects, Is.EqualTo(report.Kinds.Values.Sum()));
            foreach (var (kind, count) in ExpectedKinds)
            {
                Assert.That(report.Kinds.GetValueOrDefault(kind), Is.EqualTo(count), $"{kind} objects in {overlay}");
            }
        });
        TestContext.Out.WriteLine($"{overlay}: {report.Objects} objects valid ({string.Join(", ", report.Kinds.Select(k => $"{k.Key} {k.Value}"))})");
    }

    [Test]
    public async Task Validator_RejectsObjectsBrokenOnPurpose()
    {
        var objects = await RenderedOverlays.ObjectsAsync("production");
        var deployment = Clone(objects.Get("Deployment", "metrics"));
        deployment["spec"]!["template"]!["spec"]!.AsObject().Remove("containers");
        var replicas = Clone(objects.Get("Deployment", "gateway"));
        replicas["spec"]!["replicas"] = "two";
        var database = Clone(objects.Get("Cluster", "kapman-pg"));
        database["spec"]!["instances"] = "three";
        var backup = Clone(objects.Get("Cluster", "kapman-pg"));
        backup["spec"]!["backup"]!["barmanObjectStore"]!["s3Credential"] = new JsonObject();
        var broker = Clone(objects.Get("RabbitmqCluster", "kapman-mq"));
        broker["spec"]!["replicas"] = -1;
        var scaler = Clone(objects.Get("ScaledObject", "wyckoff"));
        scaler["spec"]!.AsObject().Remove("triggers");
        var unknown = new JsonObject { ["apiVersion"] = "example.com/v1", ["kind"] = "Widget", ["metadata"] = new JsonObject { ["name"] = "w" } };
        // The same objects unbroken, in the same run: only the broken ones are rejected.
        var intact = new[] { ("Deployment", "metrics"), ("Deployment", "gateway"), ("Cluster", "kapman-pg"), ("RabbitmqCluster", "kapman-mq"), ("ScaledObject", "wyckoff") }
            .Select(o => Intact(objects.Get(o.Item1, o.Item2)));

        var report = await ManifestValidator.ValidateAsync(new JsonArray([deployment, replicas, database, backup, broker, scaler, unknown, .. intact]).ToJsonString());

        Assert.Multiple(() =>
        {
            Assert.That(report.ExitCode, Is.EqualTo(1));
            Assert.That(report.Objects, Is.EqualTo(12));
            Assert.That(report.Errors, Has.Count.EqualTo(7), string.Join("\n", report.Errors));
            Assert.That(report.Errors, Has.None.Contains("-intact"), "the unbroken copies pass");
            Assert.That(report.Errors, Has.Some.Contains("Deployment/metrics").And.Contains("containers"));
            Assert.That(report.Errors, Has.Some.Contains("Deployment/gateway").And.Contains("replicas must be integer"));
            Assert.That(report.Errors, Has.Some.Contains("Cluster/kapman-pg").And.Contains("/spec/instances must be integer"));
            Assert.That(report.Errors, Has.Some.Contains("Cluster/kapman-pg").And.Contains("additional properties (s3Credential)"));
            Assert.That(report.Errors, Has.Some.Contains("RabbitmqCluster/kapman-mq").And.Contains("/spec/replicas must be >= 0"));
            Assert.That(report.Errors, Has.Some.Contains("ScaledObject/wyckoff").And.Contains("triggers"));
            Assert.That(report.Errors, Has.Some.Contains("Widget/w").And.Contains("no schema"));
        });
    }

    private static JsonObject Clone(JsonObject o) => o.DeepClone().AsObject();

    private static JsonObject Intact(JsonObject o)
    {
        var copy = Clone(o);
        copy["metadata"]!["name"] = Manifest.Name(o) + "-intact";
        return copy;
    }
}
