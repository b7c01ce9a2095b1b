using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Kapman.Cli.Suite;

/// <summary>
/// One supervised child process: launches it, appends its stdout and stderr to <see cref="ProcessSpec.LogPath"/>,
/// restarts it with <see cref="RestartBackoff"/> when it exits on its own, and stops it on request
/// (SIGTERM, then a kill of the whole tree after the grace period). Start/stop cycles may repeat.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const int TailLines = 20;
    private readonly RestartBackoff backoff;
    private readonly TextWriter log;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private readonly TailBuffer errorTail = new(TailLines);
    private readonly TailBuffer outputTail = new(TailLines);
    private TextWriter? logFile;
    private Process? current;
    private CancellationTokenSource? supervision;
    private Task? supervisor;
    private int restarts;

    /// <summary>Creates a stopped supervisor for <paramref name="spec"/>; nothing runs until <see cref="Start"/>.</summary>
    /// <param name="spec">What to launch.</param>
    /// <param name="backoff">Restart delays after crashes.</param>
    /// <param name="log">Receives one line per start, crash and restart.</param>
    /// <param name="time">Clock for uptime and backoff delays; <see cref="TimeProvider.System"/> when null.</param>
    public ServiceProcess(ProcessSpec spec, RestartBackoff backoff, TextWriter log, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(backoff);
        ArgumentNullException.ThrowIfNull(log);
        Spec = spec;
        this.backoff = backoff;
        this.log = log;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>The launch description.</summary>
    public ProcessSpec Spec { get; }

    /// <summary>The spec's name.</summary>
    public string Name => Spec.Name;

    /// <summary>Current supervision state.</summary>
    public ServiceState State { get; private set; } = ServiceState.NotStarted;

    /// <summary>How many times the process was restarted after crashing (since construction).</summary>
    public int Restarts => Volatile.Read(ref restarts);

    /// <summary>Pid of the current process, or null when none is running.</summary>
    public int? ProcessId
    {
        get
        {
            lock (gate)
            {
                return current is { } p && State == ServiceState.Running ? p.Id : null;
            }
        }
    }

    /// <summary>The last stderr lines of the child, or its last stdout lines when it wrote nothing to stderr.</summary>
    public IReadOnlyList<string> RecentErrorLines => errorTail.Snapshot() is { Count: > 0 } errors ? errors : outputTail.Snapshot();

    /// <summary>Launches the process and supervises it until stopped.</summary>
    /// <exception cref="InvalidOperationException">It is already running.</exception>
    /// <exception cref="Win32Exception">The executable could not be started.</exception>
    public void Start()
    {
        lock (gate)
        {
            if (supervisor is { IsCompleted: false })
            {
                throw new InvalidOperationException($"{Name} is already running.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(Spec.LogPath))!);
            if (Spec.PidPath is { } pidPath)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pidPath))!);
            }

            logFile ??= TextWriter.Synchronized(new StreamWriter(
                new FileStream(Spec.LogPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true });
            supervision?.Dispose();
            supervision = new CancellationTokenSource();
            var first = Launch();
            var token = supervision.Token;
            supervisor = Task.Run(() => SuperviseAsync(first, token), CancellationToken.None);
        }
    }

    /// <summary>Stops on purpose: SIGTERM, then kills the process tree if it is still alive after <paramref name="grace"/>.</summary>
    public Task StopAsync(TimeSpan grace, CancellationToken ct) => StopCoreAsync(grace, ct);

    /// <summary>Kills the process tree at once (as a crash would) without restarting it.</summary>
    public Task KillAsync(CancellationToken ct) => StopCoreAsync(TimeSpan.Zero, ct);

    /// <summary>
    /// How long a service may take to stop after SIGTERM before it is killed: longer than the host's shutdown timeout
    /// (35 s in Kapman.ServiceDefaults), which is itself longer than MassTransit's stop timeout (30 s), so a consumer
    /// finishes the message it holds and acknowledges it instead of leaving it to be redelivered.
    /// </summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(45);

    /// <summary>Stops the process (<see cref="StopGrace"/>) and closes its log file.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(StopGrace, CancellationToken.None);
        lock (gate)
        {
            supervision?.Dispose();
            supervision = null;
            current?.Dispose();
            current = null;
            var file = logFile;
            logFile = null;
            file?.Dispose();
        }
    }

    private async Task StopCoreAsync(TimeSpan grace, CancellationToken ct)
    {
        Process? process;
        Task? running;
        lock (gate)
        {
            supervision?.Cancel();
            process = current;
            running = supervisor;
        }

        if (process is not null && !process.HasExited)
        {
            if (grace > TimeSpan.Zero && PosixSignals.Terminate(process.Id))
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(grace);
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    log.WriteLine($"{Name} did not stop within {grace.TotalSeconds:0} s; killing it.");
                }
            }

            KillTree(process);
            await process.WaitForExitAsync(ct);
        }

        if (running is not null)
        {
            await running.WaitAsync(ct);
            State = ServiceState.Stopped;
            if (Spec.PidPath is { } pidPath)
            {
                File.Delete(pidPath);
            }
        }
    }

    private async Task SuperviseAsync(Process process, CancellationToken token)
    {
        var crashes = 0;
        while (true)
        {
            var startedAt = time.GetTimestamp();
            await process.WaitForExitAsync(CancellationToken.None);
            if (token.IsCancellationRequested)
            {
                WriteLog($"=== kapman: {Name} (pid {process.Id}) stopped, exit code {process.ExitCode}");
                return;
            }

            var uptime = time.GetElapsedTime(startedAt);
            crashes = backoff.NextCrashCount(crashes, uptime);
            var delay = backoff.DelayFor(crashes);
            State = ServiceState.Restarting;
            var message = $"{Name} (pid {process.Id}) exited with code {process.ExitCode} after {uptime.TotalSeconds:0.0} s; restarting in {delay.TotalSeconds:0.0} s.";
            log.WriteLine(message);
            WriteLog("=== kapman: " + message);
            try
            {
                await Task.Delay(delay, time, token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            lock (gate)
            {
                if (token.IsCancellationRequested)
                {
                    return;
                }

                try
                {
                    var next = Launch();
                    process.Dispose();
                    process = next;
                    Interlocked.Increment(ref restarts);
                }
                catch (Win32Exception ex)
                {
                    log.WriteLine($"{Name} could not be restarted: {ex.Message}");
                }
            }
        }
    }

    private Process Launch()
    {
        var info = new ProcessStartInfo(Spec.FileName)
        {
            WorkingDirectory = Spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Spec.Environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Capture(e.Data, outputTail);
        process.ErrorDataReceived += (_, e) => Capture(e.Data, errorTail);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        current = process;
        State = ServiceState.Running;
        if (Spec.PidPath is { } pidPath)
        {
            File.WriteAllText(pidPath, string.Create(CultureInfo.InvariantCulture, $"{process.Id} {Environment.ProcessId}"));
        }

        WriteLog(string.Create(CultureInfo.InvariantCulture, $"=== kapman: started {Name} pid {process.Id} at {time.GetUtcNow():O}"));
        return process;
    }

    private void Capture(string? line, TailBuffer tail)
    {
        if (line is null)
        {
            return;
        }

        tail.Add(line);
        WriteLog(line);
    }

    private void WriteLog(string line) => logFile?.WriteLine(line);

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the check and the kill: nothing left to stop.
        }
    }
}
