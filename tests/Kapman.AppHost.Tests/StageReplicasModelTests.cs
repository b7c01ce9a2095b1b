using Aspire.Hosting.ApplicationModel;

namespace Kapman.AppHost.Tests;

/// <summary>
/// Issue 23: <c>Kapman:Replicas:&lt;stage&gt;</c> (what <c>kapman up --replicas metrics=2,options=2,wyckoff=3</c> hands the AppHost) runs that many
/// processes of a sharded stage behind DCP's proxy on the stage's port; every other service stays one process on its own port,
/// and a stage that cannot run replicas is refused naming the setting.
/// </summary>
public class StageReplicasModelTests
{
    [Test]
    public async Task Replicas_of_the_sharded_stages_share_their_port_through_the_proxy()
    {
        await using var builder = await SuiteModel.BuildAsync("--Kapman:Replicas:metrics=2", "--Kapman:Replicas:options=2", "--Kapman:Replicas:wyckoff=3");

        Assert.Multiple(() =>
        {
            Assert.That(Replicas(builder, "metrics"), Is.EqualTo(2));
            Assert.That(Replicas(builder, "wyckoff"), Is.EqualTo(3));
            Assert.That(Replicas(builder, "options"), Is.EqualTo(2));
            Assert.That(Replicas(builder, "recommendation"), Is.EqualTo(1));
            Assert.That(Endpoint(builder, "metrics").IsProxied, Is.True);
            Assert.That(Endpoint(builder, "metrics").Port, Is.EqualTo(5103));
            Assert.That(Endpoint(builder, "options").IsProxied, Is.True);
            Assert.That(Endpoint(builder, "options").Port, Is.EqualTo(5102));
            Assert.That(Endpoint(builder, "recommendation").IsProxied, Is.False);
        });
    }

    [Test]
    public async Task Without_the_setting_every_service_is_one_process_on_its_own_port()
    {
        await using var builder = await SuiteModel.BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Replicas(builder, "metrics"), Is.EqualTo(1));
            Assert.That(Endpoint(builder, "metrics").IsProxied, Is.False);
        });
    }

    [Test]
    public void A_stage_that_cannot_run_replicas_is_refused() =>
        Assert.That(async () => await SuiteModel.BuildAsync("--Kapman:Replicas:execution=2"),
            Throws.InvalidOperationException.With.Message.EqualTo("Kapman:Replicas: 'execution' cannot run replicas; stages that can: metrics, options, wyckoff."));

    private static int Replicas(Aspire.Hosting.Testing.IDistributedApplicationTestingBuilder builder, string name) =>
        builder.Resources.Single(r => r.Name == name).Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1;

    private static EndpointAnnotation Endpoint(Aspire.Hosting.Testing.IDistributedApplicationTestingBuilder builder, string name) =>
        builder.Resources.Single(r => r.Name == name).Annotations.OfType<EndpointAnnotation>().Single();
}
