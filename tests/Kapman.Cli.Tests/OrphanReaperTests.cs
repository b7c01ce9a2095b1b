using System.Diagnostics;
using Kapman.Cli.Suite;

namespace Kapman.Cli.Tests;

[CancelAfter(20_000)]
public class OrphanReaperTests
{
    private string folder = null!;

    [SetUp]
    public void Create() => folder = Directory.CreateTempSubdirectory("kapman-orphan-").FullName;

    [TearDown]
    public void Delete() => Directory.Delete(folder, recursive: true);

    private static Process Sleeper() => Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;

    [Test]
    public async Task A_recorded_process_with_the_expected_command_line_is_stopped()
    {
        using var orphan = Sleeper();
        var pidPath = Path.Combine(folder, "x.pid");
        await File.WriteAllTextAsync(pidPath, orphan.Id.ToString());

        var reaped = await OrphanReaper.ReapAsync(pidPath, "sleep 30", CancellationToken.None);
        var exited = orphan.WaitForExit(5_000);

        Assert.Multiple(() =>
        {
            Assert.That(reaped, Is.True);
            Assert.That(exited, Is.True);
            Assert.That(File.Exists(pidPath), Is.False);
        });
    }

    [Test]
    public async Task A_child_whose_supervisor_still_runs_is_not_an_orphan()
    {
        using var child = Sleeper();
        using var supervisor = Sleeper();
        var pidPath = Path.Combine(folder, "x.pid");
        await File.WriteAllTextAsync(pidPath, $"{child.Id} {supervisor.Id}");
        try
        {
            var reaped = await OrphanReaper.ReapAsync(pidPath, "sleep 30", CancellationToken.None);

            Assert.Multiple(() =>
            {
                Assert.That(reaped, Is.False);
                Assert.That(child.HasExited, Is.False);
                Assert.That(File.Exists(pidPath), Is.True);
            });
        }
        finally
        {
            child.Kill();
            supervisor.Kill();
        }
    }

    [Test]
    public async Task A_child_whose_supervisor_died_is_stopped()
    {
        using var child = Sleeper();
        using var deadSupervisor = Sleeper();
        deadSupervisor.Kill();
        await deadSupervisor.WaitForExitAsync();
        var pidPath = Path.Combine(folder, "x.pid");
        await File.WriteAllTextAsync(pidPath, $"{child.Id} {deadSupervisor.Id}");

        var reaped = await OrphanReaper.ReapAsync(pidPath, "sleep 30", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(reaped, Is.True);
            Assert.That(child.WaitForExit(5_000), Is.True);
        });
    }

    [Test]
    public async Task A_pid_reused_by_another_program_is_left_alone()
    {
        using var bystander = Sleeper();
        var pidPath = Path.Combine(folder, "x.pid");
        await File.WriteAllTextAsync(pidPath, bystander.Id.ToString());
        try
        {
            var reaped = await OrphanReaper.ReapAsync(pidPath, "Kapman.Ingestion.dll", CancellationToken.None);

            Assert.Multiple(() =>
            {
                Assert.That(reaped, Is.False);
                Assert.That(bystander.HasExited, Is.False);
            });
        }
        finally
        {
            bystander.Kill();
        }
    }

    [Test]
    public async Task A_missing_or_stale_pid_file_is_harmless()
    {
        var pidPath = Path.Combine(folder, "stale.pid");
        await File.WriteAllTextAsync(pidPath, "999999999");

        Assert.Multiple(async () =>
        {
            Assert.That(await OrphanReaper.ReapAsync(Path.Combine(folder, "none.pid"), "x", CancellationToken.None), Is.False);
            Assert.That(await OrphanReaper.ReapAsync(pidPath, "x", CancellationToken.None), Is.False);
        });
    }
}
