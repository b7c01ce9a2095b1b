using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kapman.Benchmarks;

/// <summary>
/// The built execution service (<c>services/Execution/Kapman.Execution/bin/&lt;configuration&gt;/net10.0/Kapman.Execution.dll</c>) run
/// as its own process on a free loopback port with the given settings as environment variables (<c>:</c> as <c>__</c>); ready once
/// <c>/health</c> (PostgreSQL and the bus) answers 200; killed by its PID on dispose.
/// </summary>
public sealed class ExecutionBenchProcess : IDisposable
{
    private readonly Process process;

    private ExecutionBenchProcess(Process process) => this.process = process;

    /// <summary>Starts the service and waits (60 s at most) until it is healthy.</summary>
    /// <exception cref="FileNotFoundException">The service is not built.</exception>
    /// <exception cref="InvalidOperationException">It exited or was not healthy within 60 s.</exception>
    public static async Task<ExecutionBenchProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dll = ServiceDll();
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info)!;
        // The pipes must be drained or the service blocks on a full one.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = new ExecutionBenchProcess(process);
        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the execution service exited at startup with code {process.ExitCode}");
            }

            try
            {
                using var health = await probe.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return started;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }

        started.Dispose();
        throw new InvalidOperationException("the execution service was not healthy within 60 s");
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

    private static string ServiceDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kapman.sln")))
        {
            dir = dir.Parent;
        }

        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(dir?.FullName ?? ".", "services", "Execution", "Kapman.Execution", "bin", configuration, "net10.0", "Kapman.Execution.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build services/Execution/Kapman.Execution first.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
