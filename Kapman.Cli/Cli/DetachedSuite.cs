using System.Diagnostics;
using Kapman.Cli.Reporting;
using Kapman.Cli.Suite;

namespace Kapman.Cli.Cli;

/// <summary>Runs <c>kapman up</c> in the background (own session, output in <c>.kapman/logs/apphost.log</c>) and stops it again.</summary>
internal static class DetachedSuite
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(240);
    // The supervisor stops the services in parallel, each within ServiceProcess.StopGrace, then the gateway.
    private static readonly TimeSpan StopTimeout = ServiceProcess.StopGrace + TimeSpan.FromSeconds(15);

    /// <summary>Launches <c>dotnet kapman.dll up --data-root DIR</c> under <c>setsid</c> with the API key in its environment.</summary>
    public static Process Launch(CliSettings settings, string dataRoot, string apiKey)
    {
        var log = SuiteLayout.AppHostLogPath(settings.RepoRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        string[] arguments =
        [
            "-c", "log=\"$1\"; shift; exec setsid \"$@\" >>\"$log\" 2>&1 </dev/null", "kapman-detach", log,
            ProcessRunner.DotnetHost(), Path.Combine(AppContext.BaseDirectory, "kapman.dll"), "up", "--data-root", dataRoot,
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["KAPMAN_API_KEY"] = apiKey;
        return Process.Start(info) ?? throw new InvalidOperationException("Could not start the background supervisor.");
    }

    /// <summary>
    /// Polls every 2 s until supervisor <paramref name="supervisorPid"/> has marked its suite ready and everything
    /// required is green (true), the supervisor died (false, after printing the end of its log) or 240 s passed (false).
    /// </summary>
    public static async Task<bool> WaitReadyAsync(HttpClient http, CliSettings settings, int supervisorPid, TextWriter output, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        var lastReport = string.Empty;
        while (started.Elapsed < ReadyTimeout)
        {
            var rows = await StatusCollector.CollectAsync(http, settings, null, ct);
            if (SupervisorFiles.IsReady(settings.RepoRoot, supervisorPid) && StatusCollector.AllGreen(rows))
            {
                return true;
            }

            if (!PosixSignals.IsAlive(supervisorPid))
            {
                output.WriteLine($"The background supervisor (pid {supervisorPid}) exited. End of {SuiteLayout.AppHostLogPath(settings.RepoRoot)}:");
                PrintTail(settings.RepoRoot, output);
                return false;
            }

            var waitingFor = rows.Where(r => r.Required && !r.IsGreen).Select(r => r.Resource).DefaultIfEmpty("supervisor");
            var report = $"waiting for: {string.Join(", ", waitingFor)}";
            if (report != lastReport)
            {
                output.WriteLine($"[{started.Elapsed.TotalSeconds,5:0} s] {report}");
                lastReport = report;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }

        output.WriteLine($"The suite was not healthy after {ReadyTimeout.TotalSeconds:0} s; see {SuiteLayout.LogDirectory(settings.RepoRoot)}.");
        return false;
    }

    /// <summary>SIGTERMs the running supervisor and waits up to 45 s, then kills its process tree; false when none was running.</summary>
    public static async Task<bool> StopAsync(string repoRoot, TextWriter output, CancellationToken ct)
    {
        if (SupervisorFiles.RunningPid(repoRoot) is not { } pid)
        {
            output.WriteLine("No kapman supervisor is running.");
            return false;
        }

        output.WriteLine($"Stopping the kapman supervisor (pid {pid})...");
        PosixSignals.Terminate(pid);
        var waited = Stopwatch.StartNew();
        while (PosixSignals.IsAlive(pid) && waited.Elapsed < StopTimeout)
        {
            await Task.Delay(250, ct);
        }

        if (PosixSignals.IsAlive(pid))
        {
            output.WriteLine($"Still running after {StopTimeout.TotalSeconds:0} s; killing its process tree.");
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }

        File.Delete(SuiteLayout.AppHostPidPath(repoRoot));
        output.WriteLine($"Stopped in {waited.Elapsed.TotalSeconds:0.0} s.");
        return true;
    }

    private static void PrintTail(string repoRoot, TextWriter output)
    {
        var log = SuiteLayout.AppHostLogPath(repoRoot);
        if (File.Exists(log))
        {
            foreach (var line in File.ReadLines(log).TakeLast(40))
            {
                output.WriteLine("  | " + line);
            }
        }
    }
}
