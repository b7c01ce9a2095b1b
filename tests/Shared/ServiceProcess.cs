using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kapman.Testing;

/// <summary>
/// A built service (<c>services/&lt;Name&gt;/Kapman.&lt;Name&gt;/bin/&lt;configuration&gt;/net10.0/Kapman.&lt;Name&gt;.dll</c>, built with the test
/// project that references it) run as its own process on a free loopback port, so that a test runs several replicas side by side
/// and ends one with SIGKILL (<see cref="Kill"/>) as a crash would, with nothing flushed or stopped. Settings become environment
/// variables (<c>:</c> as <c>__</c>); raw environment variables may be added (e.g. <c>TRADIER_ACCESS_TOKEN</c>). Its console lines are
/// kept for the test to read and for the failure message.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private ServiceProcess(Process process, Uri baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The service's root URL.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The process id.</summary>
    public int Id => process.Id;

    /// <summary>The console lines written so far.</summary>
    public IReadOnlyList<string> Lines => [.. lines];

    /// <summary>
    /// Starts service <paramref name="name"/> (e.g. <c>Metrics</c>) with <paramref name="settings"/> and the raw <paramref name="environment"/>
    /// variables, and waits (60 s at most) until <c>/health</c> answers 200.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(
        string name, IReadOnlyDictionary<string, string?> settings, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = ServiceDll(name);
        var port = FreePort.Next();
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

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var started = new ServiceProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}/"));
        using var probe = new HttpClient { BaseAddress = started.BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            if (started.process.HasExited)
            {
                Assert.Fail($"{name} exited at start with code {started.process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, started.Lines.TakeLast(30))}");
            }

            try
            {
                using var health = await probe.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return started;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }

        await started.DisposeAsync();
        Assert.Fail($"{name} was not healthy within 60 s");
        return null!;
    }

    /// <summary>SIGKILL (.NET's <see cref="Process.Kill()"/> on Linux), then waits until the process is gone.</summary>
    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string ServiceDll(string name)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepoFiles.Root, "services", name, $"Kapman.{name}", "bin", configuration, "net10.0", $"Kapman.{name}.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build services/{name}/Kapman.{name} first (building the test project does).", dll);
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
