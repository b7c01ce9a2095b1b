using System.Diagnostics;
using System.Text.RegularExpressions;
using Kapman.AppHost.Suite;
using Kapman.Cli.Reporting;
using Kapman.Cli.Suite;

namespace Kapman.Cli.Cli;

/// <summary>
/// The Aspire AppHost as the CLI runs it: started in its own session (it outlives the CLI with <c>up --detach</c> and
/// <c>demo</c>), its output in <c>&lt;repo&gt;/.kapman/logs/apphost.log</c>, stopped with SIGTERM (DCP then stops every
/// resource it started).
/// </summary>
internal static partial class AppHostProcess
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(300);
    /// <summary>
    /// How long <see cref="StopAsync"/> waits for the AppHost before killing its tree: DCP stops the services in
    /// parallel, and each has its host's 45 s shutdown grace to finish the message it holds.
    /// </summary>
    internal static TimeSpan StopTimeout { get; } = TimeSpan.FromSeconds(75);

    /// <summary>
    /// Starts <c>Kapman.AppHost.dll</c> (built by <c>./kapman.sh</c>) with the API key, data root, database password and
    /// <paramref name="environment"/> (e.g. <see cref="StageReplicas.Environment"/>) in its environment; records its pid and data
    /// root in <c>.kapman</c>.
    /// </summary>
    /// <exception cref="FileNotFoundException">The AppHost is not built.</exception>
    /// <exception cref="InvalidOperationException">The process could not be started.</exception>
    public static Process Launch(CliSettings settings, string dataRoot, string apiKey, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = SuiteLayout.AppHostDllPath(settings.RepoRoot, "Release");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The AppHost is not built (run: dotnet build Kapman.sln -c Release): {dll}", dll);
        }

        var log = SuiteLayout.AppHostLogPath(settings.RepoRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(dll)! };
        string[] arguments = ["-c", "log=\"$1\"; shift; exec setsid \"$@\" >>\"$log\" 2>&1 </dev/null", "kapman-apphost", log, ProcessRunner.DotnetHost(), dll];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in SuiteLayout.AppHostEnvironment)
        {
            info.Environment[name] = value;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        info.Environment["KAPMAN_API_KEY"] = apiKey;
        info.Environment["Kapman__Data__Root"] = dataRoot;
        if (settings.AppRolePassword() is { } password)
        {
            info.Environment["KAPMAN_DB_PASSWORD"] = password;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the AppHost.");
        SupervisorFiles.Claim(settings.RepoRoot, process.Id, dataRoot);
        return process;
    }

    /// <summary>
    /// The dashboard's login link for the running AppHost (the last one its log printed: the AppHost makes a new token
    /// each start), or the bare dashboard URL when the log has none.
    /// </summary>
    public static Uri DashboardLogin(string repoRoot)
    {
        var log = SuiteLayout.AppHostLogPath(repoRoot);
        var token = File.Exists(log)
            ? File.ReadLines(log).Select(line => LoginToken().Match(line)).LastOrDefault(m => m.Success)?.Groups[1].Value
            : null;
        return token is null ? SuiteLayout.DashboardUrl : new Uri(SuiteLayout.DashboardUrl, "/login?t=" + token);
    }

    [GeneratedRegex(@"/login\?t=([0-9a-f]+)")]
    private static partial Regex LoginToken();

    /// <summary>
    /// Polls the status rows every 2 s until every required one is green (true), the AppHost exits (false, with the
    /// end of its log) or 300 s pass (false).
    /// </summary>
    public static async Task<bool> WaitReadyAsync(HttpClient http, CliSettings settings, int appHostPid, TextWriter output, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        var lastReport = string.Empty;
        while (started.Elapsed < ReadyTimeout)
        {
            var rows = await StatusCollector.CollectAsync(http, settings, ct);
            if (StatusCollector.AllGreen(rows))
            {
                return true;
            }

            if (!PosixSignals.IsAlive(appHostPid))
            {
                output.WriteLine($"The AppHost (pid {appHostPid}) exited. End of {SuiteLayout.AppHostLogPath(settings.RepoRoot)}:");
                PrintTail(settings.RepoRoot, output);
                return false;
            }

            var report = $"waiting for: {string.Join(", ", rows.Where(r => r.Required && !r.IsGreen).Select(r => r.Resource))}";
            if (report != lastReport)
            {
                output.WriteLine($"[{started.Elapsed.TotalSeconds,5:0} s] {report}");
                lastReport = report;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }

        output.WriteLine($"The suite was not healthy after {ReadyTimeout.TotalSeconds:0} s; see the dashboard ({SuiteLayout.DashboardUrl}) and {SuiteLayout.AppHostLogPath(settings.RepoRoot)}.");
        return false;
    }

    /// <summary>
    /// Sends SIGTERM to the running AppHost, waits up to 75 s for it to exit (else kills its process tree) and for
    /// DCP to stop the gateway and services (their ports closed). Returns false when none was running.
    /// </summary>
    public static async Task<bool> StopAsync(string repoRoot, TextWriter output, CancellationToken ct)
    {
        if (SupervisorFiles.RunningPid(repoRoot) is not { } pid)
        {
            output.WriteLine("No Kapman AppHost is running.");
            return false;
        }

        output.WriteLine($"Stopping the Kapman AppHost (pid {pid})...");
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

        // The AppHost exits at once; DCP, which watches it, then stops the services: wait until their ports are closed.
        var ports = SuiteLayout.Services.Append(SuiteLayout.Gateway).Select(s => s.Port).ToList();
        while (waited.Elapsed < StopTimeout && await AnyOpenAsync(ports, ct))
        {
            await Task.Delay(500, ct);
        }

        SupervisorFiles.Release(repoRoot);
        output.WriteLine($"Stopped in {waited.Elapsed.TotalSeconds:0.0} s.");
        return true;
    }

    private static async Task<bool> AnyOpenAsync(IEnumerable<int> ports, CancellationToken ct)
    {
        foreach (var port in ports)
        {
            if (await HealthProbe.IsTcpOpenAsync("127.0.0.1", port, ct))
            {
                return true;
            }
        }

        return false;
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
