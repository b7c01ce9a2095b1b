using System.Text.Json.Nodes;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>
/// deploy/k8s NetworkPolicies: every Kapman pod is denied by default; only the database's and the broker's clients are
/// labelled to reach them; the backends are reached only from the gateway (and Prometheus); internet egress only where a
/// service calls out (notification: SMTP and chat APIs; execution: the broker; ingestion and options: S3, Polygon).
/// </summary>
[TestFixture]
public sealed class NetworkPolicyTests
{
    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task EveryKapmanPod_IsDeniedByDefault(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var deny = objects.Get("NetworkPolicy", "default-deny")["spec"]!;

        Assert.Multiple(() =>
        {
            Assert.That(deny["policyTypes"]!.AsArray().Select(t => (string?)t), Is.EquivalentTo(new[] { "Ingress", "Egress" }));
            Assert.That(deny["ingress"], Is.Null);
            Assert.That(deny["egress"], Is.Null);
            foreach (var workload in Workloads(objects))
            {
                Assert.That(LabelSelector.Selects(deny["podSelector"], Manifest.PodLabels(workload)), Is.True, Manifest.Name(workload));
            }
        });
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task OnlyTheDatabaseAndBrokerClients_AreLabelledToReachThem(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);

        Assert.Multiple(() =>
        {
            foreach (var workload in Workloads(objects))
            {
                var variables = Manifest.Containers(Manifest.PodSpec(workload)).SelectMany(Manifest.Env).Select(e => (string)e["name"]!).ToHashSet();
                var labels = Manifest.PodLabels(workload);
                Assert.That(labels.GetValueOrDefault("kapman.io/postgres-client") == "true", Is.EqualTo(variables.Contains("ConnectionStrings__Postgres")), $"{Manifest.Name(workload)}: postgres");
                var isBrokerClient = variables.Contains("ConnectionStrings__RabbitMQ") && Manifest.Name(workload) != "kapman-migrate";
                Assert.That(labels.GetValueOrDefault("kapman.io/rabbitmq-client") == "true", Is.EqualTo(isBrokerClient), $"{Manifest.Name(workload)}: rabbitmq");
            }

            var postgres = objects.Get("NetworkPolicy", "postgres-from-clients")["spec"]!;
            Assert.That(postgres["podSelector"]!["matchLabels"]!["cnpg.io/cluster"]!.GetValue<string>(), Is.EqualTo("kapman-pg"));
            var broker = objects.Get("NetworkPolicy", "rabbitmq-from-clients")["spec"]!;
            Assert.That(broker["ingress"]![0]!["from"]![0]!["podSelector"]!["matchLabels"]!["kapman.io/rabbitmq-client"]!.GetValue<string>(), Is.EqualTo("true"));
        });
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task InternetEgress_OnlyWhereAServiceCallsOut(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var internet = objects.OfKind("NetworkPolicy")
            .Where(p => (p["spec"]!["egress"]?.AsArray() ?? []).Any(rule => (rule!["to"]?.AsArray() ?? []).Any(to => (string?)to!["ipBlock"]?["cidr"] == "0.0.0.0/0")))
            .ToList();
        var ports = new Dictionary<string, ISet<int>>(StringComparer.Ordinal);
        foreach (var workload in Workloads(objects))
        {
            foreach (var policy in internet.Where(p => LabelSelector.Selects(p["spec"]!["podSelector"], Manifest.PodLabels(workload))))
            {
                var set = ports.TryGetValue(Manifest.Name(workload), out var existing) ? existing : ports[Manifest.Name(workload)] = new SortedSet<int>();
                set.UnionWith(policy["spec"]!["egress"]!.AsArray().SelectMany(r => r!["ports"]!.AsArray()).Select(p => (int)p!["port"]!));
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(ports.Keys, Is.EquivalentTo(new[] { "notification", "execution", "ingestion", "options" }));
            Assert.That(ports.GetValueOrDefault("notification"), Is.EquivalentTo(new[] { 25, 443, 465, 587 }), "SMTP and the chat and model APIs");
            Assert.That(ports.GetValueOrDefault("execution"), Is.EquivalentTo(new[] { 443 }), "the broker's API");
            Assert.That(internet.SelectMany(p => p["spec"]!["egress"]!.AsArray()).SelectMany(r => r!["to"]!.AsArray())
                .Select(to => to!["ipBlock"]!["except"]!.AsArray().Select(e => (string?)e)), Has.All.Contains("10.0.0.0/8"), "never into the cluster's private ranges");
        });
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task Backends_AreReachedOnlyFromTheGateway(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var policies = objects.OfKind("NetworkPolicy").ToList();

        Assert.Multiple(() =>
        {
            foreach (var name in Manifest.Services.Append("web"))
            {
                var labels = Manifest.PodLabels(objects.Get("Deployment", name));
                var sources = policies.Where(p => LabelSelector.Selects(p["spec"]!["podSelector"], labels))
                    .SelectMany(p => p["spec"]!["ingress"]?.AsArray() ?? []).SelectMany(rule => rule!["from"]?.AsArray() ?? [new JsonObject()]).ToList();
                Assert.That(sources, Has.Count.EqualTo(2), name);
                Assert.That(sources.Select(s => (string?)s!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"]).OfType<string>(), Is.EqualTo(new[] { "gateway" }), name);
                Assert.That(sources.Select(s => (string?)s!["namespaceSelector"]?["matchLabels"]?["kubernetes.io/metadata.name"]).OfType<string>(), Is.EqualTo(new[] { "monitoring" }), name);
            }
        });
    }

    private static IEnumerable<JsonObject> Workloads(Manifest objects) => objects.OfKind("Deployment").Concat(objects.OfKind("Job"));
}
