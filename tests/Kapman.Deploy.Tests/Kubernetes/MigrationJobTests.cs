namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>
/// The migrations Job: one container per service, ingestion first (it creates market_api, which the others read), each
/// the service's own image in migrations-only mode, which every service's Program.cs honours (RunOrMigrateAsync).
/// </summary>
[TestFixture]
public sealed class MigrationJobTests
{
    [TestCaseSource(typeof(Kustomize), nameof(Kustomize.Overlays))]
    public async Task MigrationsJob_RunsEveryServicesMigrations_InStartOrder(string overlay)
    {
        var objects = await RenderedOverlays.ObjectsAsync(overlay);
        var pod = Manifest.PodSpec(objects.Get("Job", "kapman-migrate"));
        var containers = Manifest.Containers(pod).ToList();

        Assert.Multiple(() =>
        {
            Assert.That((string?)pod["restartPolicy"], Is.EqualTo("Never"));
            Assert.That(containers.Select(c => (string?)c["name"]), Is.EqualTo(Manifest.Services.Select(s => "migrate-" + s)));
            foreach (var (service, container) in Manifest.Services.Zip(containers))
            {
                Assert.That((string?)container["image"], Is.EqualTo((string?)objects.MainContainer(service)["image"]), $"{service}: the Deployment's own image");
                var mode = Manifest.Env(container).FirstOrDefault(e => (string?)e["name"] == "Kapman__Data__MigrateOnly");
                Assert.That((string?)mode?["value"], Is.EqualTo("true"), service);
            }
        });
    }

    [Test]
    public void EveryServiceHost_HonoursMigrationsOnlyMode()
    {
        var programs = Directory.GetFiles(Path.Combine(RepoFiles.Root, "services"), "Program.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/") && !p.Contains("/obj/")).ToList();

        Assert.That(programs, Has.Count.EqualTo(Manifest.Services.Length));
        Assert.Multiple(() =>
        {
            foreach (var program in programs)
            {
                Assert.That(File.ReadAllText(program), Does.Contain("await app.RunOrMigrateAsync();"), program);
            }
        });
    }
}
