using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>
/// Settings and secrets in deploy/k8s: every README setting reaches a workload; every secret comes from a Secret (never a
/// literal or a ConfigMap); every reference names an object that exists; the committed Secrets hold placeholders only;
/// the gateway reaches every backend of its routes.
/// </summary>
[TestFixture]
public sealed class ConfigurationTests
{
    /// <summary>The variables that carry credentials (README.md, Configuration; the AppHost passes them as secret parameters).</summary>
    private static readonly string[] SecretVariables =
    [
        "KAPMAN_API_KEY", "KAPMAN_GATEWAY_TOKEN", "KAPMAN_DB_PASSWORD", "KAPMAN_RABBITMQ_PASSWORD", "ConnectionStrings__RabbitMQ",
        "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "DISCORD_WEBHOOK_PREMIUM", "DISCORD_WEBHOOK_BASIC", "DISCORD_WEBHOOK_FREE",
        "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "POLYGON_API_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "TRADIER_ACCESS_TOKEN",
        "Kapman__Smtp__UserName", "Kapman__Smtp__Password",
    ];

    /// <summary>Secrets the operators create: CloudNativePG's application login and the RabbitMQ cluster operator's default user.</summary>
    private static readonly string[] OperatorSecrets = ["kapman-pg-app", "kapman-mq-default-user"];

    /// <summary>README settings a cluster does not set, and why.</summary>
    private static readonly Dictionary<string, string> NotSetInACluster = new(StringComparer.Ordinal)
    {
        ["KAPMAN_RABBITMQ_PASSWORD"] = "only builds the default local connection string; the cluster passes ConnectionStrings__RabbitMQ whole",
        ["Kapman__DashboardUrl"] = "the Aspire dashboard runs only with kapman up; /ops links health and /metrics instead",
    };

    [Test]
    public void ReadmeSettings_ExpandsContinuedNames()
    {
        var names = ReadmeSettings.Read();

        Assert.That(names, Is.SupersetOf(new[]
        {
            "ConnectionStrings__Postgres", "AllowedHosts", "Kapman__Smtp__Port", "Kapman__Smtp__Password", "Kapman__Telegram__GatewayUrl",
            "Kapman__Telegram__WebhookUrl", "TELEGRAM_WEBHOOK_SECRET", "Kapman__Ingestion__S3__Bucket", "Kapman__Ingestion__Source", "POLYGON_API_KEY",
        }));
        Assert.That(names, Has.None.Contains("AllowedChatIds").And.None.Contains("<"));
    }

    [TestCase("local")]
    [TestCase("production")]
    public async Task EveryReadmeSetting_ReachesAWorkload(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var set = objects.OfKind("Deployment").Concat(objects.OfKind("Job"))
            .SelectMany(w => Manifest.Containers(Manifest.PodSpec(w))).SelectMany(objects.VariablesOf).ToHashSet(StringComparer.Ordinal);
        var exempt = overlay == "local" ? NotSetInACluster.Keys.Append("OTEL_EXPORTER_OTLP_ENDPOINT") : NotSetInACluster.Keys;

        var missing = ReadmeSettings.Read().Except(exempt, StringComparer.Ordinal).Where(name => !set.Contains(name)).ToList();

        Assert.That(missing, Is.Empty, $"README settings no workload of {overlay} gets (add them to deploy/k8s/base/config or a Deployment)");
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task EverySecretVariable_ComesFromASecret(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var secrets = objects.Names("Secret").Concat(OperatorSecrets).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            foreach (var configMap in objects.OfKind("ConfigMap"))
            {
                Assert.That(configMap["data"]!.AsObject().Select(d => d.Key), Has.None.AnyOf(SecretVariables), $"ConfigMap {Manifest.Name(configMap)} holds no secret");
            }

            foreach (var workload in objects.OfKind("Deployment").Concat(objects.OfKind("Job")))
            {
                foreach (var env in Manifest.Containers(Manifest.PodSpec(workload)).SelectMany(Manifest.Env))
                {
                    var name = (string)env["name"]!;
                    var reference = env["valueFrom"]?["secretKeyRef"];
                    if (SecretVariables.Contains(name))
                    {
                        Assert.That(env["value"], Is.Null, $"{Manifest.Name(workload)}: {name} is no literal");
                        Assert.That(secrets, Does.Contain((string?)reference?["name"]), $"{Manifest.Name(workload)}: {name} comes from a Secret that exists");
                    }

                    if (name == "ConnectionStrings__Postgres")
                    {
                        Assert.That((string?)env["value"], Does.Contain("Password=$(KAPMAN_DB_PASSWORD);"), $"{Manifest.Name(workload)}: the database password is the Secret's");
                    }
                }
            }

            foreach (var service in Manifest.Services)
            {
                var token = Manifest.Env(objects.MainContainer(service)).FirstOrDefault(e => (string?)e["name"] == "KAPMAN_GATEWAY_TOKEN");
                Assert.That(token?["valueFrom"]?["secretKeyRef"]?["key"]?.GetValue<string>(), Is.EqualTo("gateway-token"), $"{service} requires the gateway's credential");
            }
        });
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task EveryReference_NamesAnObjectThatExists(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var secrets = objects.Names("Secret").Concat(OperatorSecrets).ToHashSet(StringComparer.Ordinal);
        var configMaps = objects.Names("ConfigMap");
        var claims = objects.Names("PersistentVolumeClaim");

        Assert.Multiple(() =>
        {
            foreach (var workload in objects.OfKind("Deployment").Concat(objects.OfKind("Job")))
            {
                var pod = Manifest.PodSpec(workload);
                foreach (var container in Manifest.Containers(pod))
                {
                    Assert.That(Manifest.EnvFromConfigMaps(container).Distinct(), Is.SubsetOf(configMaps), $"{Manifest.Name(workload)}: envFrom");
                    var secretRefs = Manifest.Env(container).Select(e => (string?)e["valueFrom"]?["secretKeyRef"]?["name"]).OfType<string>();
                    Assert.That(secretRefs.Distinct(), Is.SubsetOf(secrets), $"{Manifest.Name(workload)}: secretKeyRef");
                }

                var volumeClaims = (pod["volumes"]?.AsArray() ?? []).Select(v => (string?)v!["persistentVolumeClaim"]?["claimName"]).OfType<string>();
                Assert.That(volumeClaims.Distinct(), Is.SubsetOf(claims), $"{Manifest.Name(workload)}: volumes");
                Assert.That((string?)pod["serviceAccountName"], Is.AnyOf(objects.Names("ServiceAccount").ToArray()), Manifest.Name(workload));
            }

            foreach (var scaler in objects.OfKind("ScaledObject"))
            {
                Assert.That(objects.Names("Deployment"), Does.Contain((string?)scaler["spec"]!["scaleTargetRef"]!["name"]), Manifest.Name(scaler));
            }
        });
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task CommittedSecrets_HoldPlaceholdersOnly(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var values = objects.OfKind("Secret")
            .SelectMany(s => s["data"]?.AsObject() ?? [])
            .Select(d => Encoding.UTF8.GetString(Convert.FromBase64String((string)d.Value!)))
            .ToList();

        Assert.That(values, Has.Count.EqualTo(4), "api-key, gateway-token and the S3 backup key pair");
        Assert.That(values, Has.All.StartsWith("CHANGE-ME-"));
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task Gateway_ReachesEveryBackendOfItsRoutes(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var appsettings = JsonNode.Parse(
            await File.ReadAllTextAsync(Path.Combine(RepoFiles.Root, "gateway", "Kapman.Gateway", "appsettings.json")),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var clusters = appsettings["ReverseProxy"]!["Clusters"]!.AsObject().Select(c => c.Key).ToList();
        var gateway = objects.MainContainer("gateway");
        var variables = Manifest.EnvFromConfigMaps(gateway).Select(name => objects.Get("ConfigMap", name)["data"]!.AsObject())
            .SelectMany(d => d).ToDictionary(d => d.Key, d => (string?)d.Value, StringComparer.Ordinal);
        var backendHosts = ((string?)objects.OfKind("ConfigMap").First(c => Manifest.Name(c).StartsWith("kapman-common-", StringComparison.Ordinal))["data"]!["AllowedHosts"] ?? "").Split(';');

        Assert.That(clusters, Has.Count.EqualTo(8), "the web and the seven services");
        Assert.Multiple(() =>
        {
            Assert.That(variables.GetValueOrDefault("KAPMAN_GATEWAY_BIND"), Is.EqualTo("0.0.0.0:8080"), "the gateway listens beyond loopback");
            foreach (var cluster in clusters)
            {
                Assert.That(variables.GetValueOrDefault($"KAPMAN_{cluster.ToUpperInvariant()}_ADDR"), Is.EqualTo($"{cluster}:8080"), cluster);
                Assert.That(objects.Names("Service"), Does.Contain(cluster), cluster);
                Assert.That(backendHosts, Does.Contain(cluster), $"{cluster} answers the Host the gateway sends");
            }
        });
    }
}
