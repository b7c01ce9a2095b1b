using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace Kapman.Gateway.Tests;

/// <summary>
/// Runs haproxy with gateway/haproxy.cfg: <c>-c</c> checks, or a foreground instance (<c>-db</c>) that is killed
/// by its PID on dispose. Output is captured for failure messages.
/// </summary>
public sealed class HaproxyProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HaproxyProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>PID of the haproxy process.</summary>
    public int Pid => process.Id;

    /// <summary>stdout and stderr lines so far (the access log goes to stdout).</summary>
    public string Output => string.Join('\n', output);

    /// <summary>Runs <c>haproxy -c -f gateway/haproxy.cfg</c>; returns its exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> CheckAsync(GatewayEnvironment environment)
    {
        using var check = Process.Start(StartInfo(environment, "-c"))!;
        var stdout = check.StandardOutput.ReadToEndAsync();
        var stderr = check.StandardError.ReadToEndAsync();
        await check.WaitForExitAsync();
        return (check.ExitCode, await stdout + await stderr);
    }

    /// <summary>Starts haproxy in the foreground and waits (up to 10 s) until the frontend accepts connections.</summary>
    public static async Task<HaproxyProcess> StartAsync(GatewayEnvironment environment)
    {
        var started = new HaproxyProcess(Process.Start(StartInfo(environment, "-db"))!);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (started.process.HasExited)
            {
                var log = started.Output;
                started.Dispose();
                Assert.Fail("haproxy exited at startup:\n" + log);
            }

            if (await AcceptsAsync(environment.FrontendPort) && await AcceptsAsync(environment.StatsPort))
            {
                return started;
            }

            await Task.Delay(50);
        }

        started.Dispose();
        Assert.Fail("haproxy did not open its ports within 10 s:\n" + started.Output);
        return started;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(5000);
        }

        process.Dispose();
    }

    private static ProcessStartInfo StartInfo(GatewayEnvironment environment, string mode)
    {
        var info = new ProcessStartInfo(HaproxyBinary.Path())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        info.ArgumentList.Add(mode);
        info.ArgumentList.Add("-f");
        info.ArgumentList.Add(RepoPaths.HaproxyConfig);
        environment.ApplyTo(info.Environment);
        return info;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
