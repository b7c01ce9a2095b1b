using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kapman.Gateway.Tests;

/// <summary>
/// The built gateway (<see cref="RepoPaths.GatewayDll"/>) run for real as <c>dotnet Kapman.Gateway.dll</c> with a
/// <see cref="GatewayEnvironment"/>, killed by its PID on dispose. Output is captured for failure messages.
/// </summary>
public sealed class GatewayProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private GatewayProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>stdout and stderr lines so far (JSON console logs).</summary>
    public string Output => string.Join('\n', output);

    /// <summary>
    /// Starts the gateway and waits (up to 30 s) until it accepts connections; fails the test when it exits or does not
    /// get there. The wait sends no request, so it spends none of the rate limit the tests count on.
    /// </summary>
    public static async Task<GatewayProcess> StartAsync(GatewayEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var started = new GatewayProcess(Process.Start(StartInfo(environment))!);
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (started.process.HasExited)
            {
                var log = started.Output;
                started.Dispose();
                Assert.Fail("the gateway exited at startup:\n" + log);
            }

            if (await AcceptsAsync(environment.FrontendPort))
            {
                return started;
            }

            await Task.Delay(100);
        }

        started.Dispose();
        Assert.Fail($"the gateway did not open its port within {StartTimeout.TotalSeconds} s:\n" + started.Output);
        return started;
    }

    /// <summary>Runs the gateway until it exits by itself (at most 30 s); returns its exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(GatewayEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        using var run = Process.Start(StartInfo(environment))!;
        var stdout = run.StandardOutput.ReadToEndAsync();
        var stderr = run.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await run.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            run.Kill();
            Assert.Fail("the gateway kept running: " + await stdout + await stderr);
        }

        return (run.ExitCode, await stdout + await stderr);
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

    private static ProcessStartInfo StartInfo(GatewayEnvironment environment)
    {
        var dll = RepoPaths.GatewayDll;
        if (!File.Exists(dll))
        {
            Assert.Fail($"{dll} is missing: build gateway/Kapman.Gateway with the tests' configuration.");
        }

        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        environment.ApplyTo(info.Environment);
        return info;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
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
