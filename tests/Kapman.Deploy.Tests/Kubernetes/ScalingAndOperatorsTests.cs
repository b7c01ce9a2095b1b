namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>
/// KEDA scales every consumer Deployment on exactly the queues its consumers read (names derived from the source, so a
/// renamed or added consumer fails here until deploy/k8s/base/keda follows), authenticated from the operator's Secret;
/// production runs quorum queues on three RabbitMQ nodes and three PostgreSQL instances with backups.
/// </summary>
[TestFixture]
public sealed class ScalingAndOperatorsTests
{
    [Test]
    public void Source_HasTheConsumersTheScalersWereWrittenFor()
    {
        var queues = ConsumerQueues.FromSource();

        Assert.Multiple(() =>
        {
            Assert.That(ConsumerQueues.Kebab("MarketSessionIngested"), Is.EqualTo("market-session-ingested"));
            Assert.That(queues.Keys, Is.EquivalentTo(Manifest.Services));
            Assert.That(queues["metrics"], Is.EquivalentTo(new[] { "metrics-indicator-shard", "metrics-market-session-ingested", "metrics-run-weekly-maintenance" }));
            Assert.That(queues["options"], Is.EquivalentTo(new[] { "options-chain-shard", "options-market-session-ingested", "options-run-weekly-maintenance" }));
            Assert.That(queues["ingestion"], Does.Contain("ingestion-run-daily-pipeline"));
            Assert.That(queues["recommendation"], Is.EquivalentTo(new[] { "recommendation-option-metrics-computed", "recommendation-run-weekly-maintenance", "recommendation-wyckoff-session-analyzed" }));
        });
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task EveryConsumerDeployment_ScalesOnItsOwnQueues(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var source = ConsumerQueues.FromSource();

        Assert.Multiple(() =>
        {
            foreach (var service in Manifest.Services)
            {
                var scalers = objects.OfKind("ScaledObject").Where(s => (string?)s["spec"]!["scaleTargetRef"]!["name"] == service).ToList();
                Assert.That(scalers, Has.Count.EqualTo(1), $"{service}: one ScaledObject");
                if (scalers.Count != 1)
                {
                    continue;
                }

                var triggers = scalers[0]["spec"]!["triggers"]!.AsArray().Select(t => t!.AsObject()).ToList();
                Assert.That(triggers.Select(t => (string?)t["metadata"]!["queueName"]), Is.EquivalentTo(source[service]), $"{service}: its queues");
                Assert.That(triggers.Select(t => (string?)t["type"]).Distinct(), Is.EqualTo(new[] { "rabbitmq" }), service);
                Assert.That(triggers.Select(t => (string?)t["metadata"]!["mode"]).Distinct(), Is.EqualTo(new[] { "QueueLength" }), service);
                Assert.That(triggers.Select(t => (string?)t["authenticationRef"]?["name"]).Distinct(), Is.EqualTo(new[] { "kapman-rabbitmq" }), service);
                Assert.That(objects.Get("Deployment", service)["spec"]!["replicas"], Is.Null, $"{service}: the scaler owns the replica count");
                Assert.That((int)scalers[0]["spec"]!["minReplicaCount"]!, Is.GreaterThanOrEqualTo(1), $"{service}: its API stays up");
            }

            var auth = objects.Get("TriggerAuthentication", "kapman-rabbitmq")["spec"]!["secretTargetRef"]![0]!;
            Assert.That((string?)auth["parameter"], Is.EqualTo("host"));
            Assert.That((string?)auth["name"], Is.EqualTo("kapman-mq-default-user"));
            Assert.That((string?)auth["key"], Is.EqualTo("connection_string"));
        });
    }

    [Test]
    public async Task Production_ScalesThePipelineStages_AndKeepsTheSingleWritersAtOne()
    {
        var objects = await RenderedOverlays.ObjectsAsync("production");
        int Max(string name) => (int)objects.Get("ScaledObject", name)["spec"]!["maxReplicaCount"]!;

        Assert.Multiple(() =>
        {
            foreach (var stage in new[] { "options", "metrics", "wyckoff", "recommendation" })
            {
                Assert.That(Max(stage), Is.GreaterThanOrEqualTo(6), stage);
            }

            Assert.That(Max("execution"), Is.EqualTo(1), "execution: one order walker");
            Assert.That(Max("notification"), Is.EqualTo(1), "notification: one Telegram poller");
        });
    }

    [Test]
    public async Task Production_RunsQuorumQueuesOnThreeBrokerNodes()
    {
        var broker = (await RenderedOverlays.ObjectsAsync("production")).Get("RabbitmqCluster", "kapman-mq");
        var config = (string?)broker["spec"]!["rabbitmq"]!["additionalConfig"];

        Assert.Multiple(() =>
        {
            Assert.That((int)broker["spec"]!["replicas"]!, Is.EqualTo(3));
            Assert.That(config, Does.Contain("default_queue_type = quorum"));
            Assert.That(config, Does.Contain("cluster_partition_handling = pause_minority"));
        });
    }

    [Test]
    public async Task Local_RunsOneBrokerNode_WithClassicQueues()
    {
        var broker = (await RenderedOverlays.ObjectsAsync("local")).Get("RabbitmqCluster", "kapman-mq");

        Assert.That((int)broker["spec"]!["replicas"]!, Is.EqualTo(1));
        Assert.That((string?)broker["spec"]!["rabbitmq"]!["additionalConfig"], Does.Not.Contain("quorum"));
    }

    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task Postgres_IsBackedUp_ToS3_Nightly(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var cluster = objects.Get("Cluster", "kapman-pg");
        var store = cluster["spec"]!["backup"]!["barmanObjectStore"]!;
        var credentials = (string?)store["s3Credentials"]!["accessKeyId"]!["name"];
        var schedule = objects.Get("ScheduledBackup", "kapman-pg-nightly")["spec"]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)store["destinationPath"], Does.StartWith("s3://"));
            Assert.That(objects.Names("Secret"), Does.Contain(credentials), "the S3 credentials Secret is rendered under the name the Cluster uses");
            Assert.That((string?)cluster["spec"]!["backup"]!["retentionPolicy"], Is.EqualTo("30d"));
            Assert.That((string?)schedule["cluster"]!["name"], Is.EqualTo("kapman-pg"));
            Assert.That((string?)cluster["spec"]!["bootstrap"]!["initdb"]!["owner"], Is.EqualTo("kapman_app"), "the services' login owns the database");
            Assert.That(cluster["spec"]!["managed"]!["roles"]!.AsArray().Select(r => (string?)r!["name"]), Does.Contain("kapman_market_reader"));
        });
        if (overlay == "production")
        {
            Assert.That((int)cluster["spec"]!["instances"]!, Is.EqualTo(3));
            Assert.That((int)cluster["spec"]!["minSyncReplicas"]!, Is.EqualTo(1));
        }
    }
}
