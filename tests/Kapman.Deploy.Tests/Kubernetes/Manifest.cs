using System.Text.Json.Nodes;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>Queries over rendered Kubernetes objects (JSON, as the validator emitted them).</summary>
internal sealed class Manifest(JsonArray objects)
{
    /// <summary>The Deployments of the seven services (component <c>service</c>): the RabbitMQ consumers.</summary>
    public static readonly string[] Services = ["ingestion", "options", "metrics", "wyckoff", "recommendation", "execution", "notification"];

    /// <summary>Every object.</summary>
    public IEnumerable<JsonObject> All => objects.Select(o => o!.AsObject());

    /// <summary>The objects of <paramref name="kind"/>.</summary>
    public IEnumerable<JsonObject> OfKind(string kind) => All.Where(o => (string?)o["kind"] == kind);

    /// <summary>The one object of <paramref name="kind"/> named <paramref name="name"/>; fails the test when absent.</summary>
    public JsonObject Get(string kind, string name)
    {
        var found = OfKind(kind).FirstOrDefault(o => Name(o) == name);
        Assert.That(found, Is.Not.Null, $"no {kind} named {name} in the rendered overlay");
        return found!;
    }

    /// <summary>The names of the objects of <paramref name="kind"/>.</summary>
    public ISet<string> Names(string kind) => OfKind(kind).Select(Name).ToHashSet(StringComparer.Ordinal);

    /// <summary><c>metadata.name</c>.</summary>
    public static string Name(JsonObject o) => (string)o["metadata"]!["name"]!;

    /// <summary>The pod spec of a Deployment or Job.</summary>
    public static JsonObject PodSpec(JsonObject workload) => workload["spec"]!["template"]!["spec"]!.AsObject();

    /// <summary>The pod template's labels of a Deployment or Job.</summary>
    public static IReadOnlyDictionary<string, string> PodLabels(JsonObject workload) =>
        workload["spec"]!["template"]!["metadata"]!["labels"]!.AsObject().ToDictionary(l => l.Key, l => (string)l.Value!, StringComparer.Ordinal);

    /// <summary>Init containers then containers of a pod spec.</summary>
    public static IEnumerable<JsonObject> Containers(JsonObject podSpec) =>
        (podSpec["initContainers"]?.AsArray() ?? []).Concat(podSpec["containers"]!.AsArray()).Select(c => c!.AsObject());

    /// <summary>A container's <c>env</c> entries.</summary>
    public static IEnumerable<JsonObject> Env(JsonObject container) => (container["env"]?.AsArray() ?? []).Select(e => e!.AsObject());

    /// <summary>The names of the ConfigMaps a container takes whole (<c>envFrom</c>).</summary>
    public static IEnumerable<string> EnvFromConfigMaps(JsonObject container) =>
        (container["envFrom"]?.AsArray() ?? []).Select(e => (string?)e!["configMapRef"]?["name"]).OfType<string>();

    /// <summary>The data keys of the ConfigMap named <paramref name="name"/>.</summary>
    public ISet<string> ConfigMapKeys(string name) => Get("ConfigMap", name)["data"]!.AsObject().Select(d => d.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every variable name a container gets: its env entries and the keys of its envFrom ConfigMaps.</summary>
    public ISet<string> VariablesOf(JsonObject container) =>
        Env(container).Select(e => (string)e["name"]!).Concat(EnvFromConfigMaps(container).SelectMany(ConfigMapKeys)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The (only) container of the Deployment named <paramref name="name"/>.</summary>
    public JsonObject MainContainer(string name) => Containers(PodSpec(Get("Deployment", name))).Last();
}
