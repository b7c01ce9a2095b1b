using System.Diagnostics;
using Kapman.Cli.Suite;

namespace Kapman.Cli.Tests;

[CancelAfter(30_000)]
public class ServiceProcessTests
{
    private static readonly RestartBackoff FastBackoff = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private string folder = null!;
    private HttpClient http = null!;
    private StringWriter events = null!;

    [SetUp]
    public void Create()
    {
        folder = Directory.CreateTempSubdirectory("kapman-child-").FullName;
        http = new HttpClient();
        events = new StringWriter();
    }

    [TearDown]
    public void Delete()
    {
        http.Dispose();
        events.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Task WaitHealthyAsync(ProcessSpec spec) =>
        ChildProcesses.WaitUntilAsync(async () => (await HealthProbe.GetAsync(http, spec.HealthUrl, CancellationToken.None)).Healthy, Patience);

    [Test]
    public async Task A_crashed_child_is_restarted_and_serves_again()
    {
        var spec = ChildProcesses.HttpServer(folder, ChildProcesses.FreePort());
        await using var child = new ServiceProcess(spec, FastBackoff, events);
        child.Start();
        await WaitHealthyAsync(spec);
        var firstPid = child.ProcessId!.Value;

        using (var victim = Process.GetProcessById(firstPid))
        {
            victim.Kill();
        }

        await ChildProcesses.WaitUntilAsync(() => Task.FromResult(child.ProcessId is { } pid && pid != firstPid), Patience);
        await WaitHealthyAsync(spec);

        Assert.Multiple(() =>
        {
            Assert.That(child.Restarts, Is.EqualTo(1));
            Assert.That(child.State, Is.EqualTo(ServiceState.Running));
            Assert.That(PosixSignals.IsAlive(firstPid), Is.False);
            Assert.That(File.ReadAllText(spec.PidPath!), Is.EqualTo($"{child.ProcessId} {Environment.ProcessId}"));
            Assert.That(events.ToString(), Does.Contain($"pyhttp (pid {firstPid}) exited"));
        });
    }

    [Test]
    public async Task A_stopped_child_exits_on_sigterm_and_stays_down()
    {
        var spec = ChildProcesses.HttpServer(folder, ChildProcesses.FreePort());
        await using var child = new ServiceProcess(spec, FastBackoff, events);
        child.Start();
        await WaitHealthyAsync(spec);
        var pid = child.ProcessId!.Value;
        var clock = Stopwatch.StartNew();

        await child.StopAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        var stopTime = clock.Elapsed;
        await Task.Delay(FastBackoff.Initial * 3);
        var probe = await HealthProbe.GetAsync(http, spec.HealthUrl, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(stopTime, Is.LessThan(TimeSpan.FromSeconds(5)), "SIGTERM, not the 10 s kill fallback, should stop it");
            Assert.That(PosixSignals.IsAlive(pid), Is.False);
            Assert.That(child.State, Is.EqualTo(ServiceState.Stopped));
            Assert.That(child.Restarts, Is.Zero);
            Assert.That(probe.Healthy, Is.False);
            Assert.That(File.Exists(spec.PidPath), Is.False);
        });
    }

    [Test]
    public async Task Output_is_appended_to_the_log_file_across_restarts()
    {
        var spec = ChildProcesses.HttpServer(folder, ChildProcesses.FreePort());
        await using (var child = new ServiceProcess(spec, FastBackoff, events))
        {
            child.Start();
            await WaitHealthyAsync(spec);
            await child.KillAsync(CancellationToken.None);
            child.Start();
            await WaitHealthyAsync(spec);
        }

        var log = await File.ReadAllTextAsync(spec.LogPath);

        Assert.Multiple(() =>
        {
            Assert.That(log.Split("=== kapman: started pyhttp").Length - 1, Is.EqualTo(2));
            Assert.That(log, Does.Contain("\"GET / HTTP/1.1\" 200"), "the child's stderr request log");
        });
    }

    [Test]
    public async Task A_killed_child_is_not_restarted()
    {
        var spec = ChildProcesses.HttpServer(folder, ChildProcesses.FreePort());
        await using var child = new ServiceProcess(spec, FastBackoff, events);
        child.Start();
        await WaitHealthyAsync(spec);

        await child.KillAsync(CancellationToken.None);
        await Task.Delay(FastBackoff.Initial * 3);

        Assert.Multiple(() =>
        {
            Assert.That(child.State, Is.EqualTo(ServiceState.Stopped));
            Assert.That(child.ProcessId, Is.Null);
            Assert.That(child.Restarts, Is.Zero);
        });
    }

    [Test]
    public async Task Starting_a_running_child_twice_is_refused()
    {
        var spec = ChildProcesses.HttpServer(folder, ChildProcesses.FreePort());
        await using var child = new ServiceProcess(spec, FastBackoff, events);
        child.Start();

        Assert.That(child.Start, Throws.InvalidOperationException);
    }
}
