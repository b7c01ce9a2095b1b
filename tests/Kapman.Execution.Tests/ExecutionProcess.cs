using System.Collections.Concurrent;
using System.Diagnostics;
using Kapman.ServiceDefaults.Security;

namespace Kapman.Execution.Tests;

/// <summary>
/// The built service (<c>services/Execution/Kapman.Execution/bin/&lt;configuration&gt;/net10.0/Kapman.Execution.dll</c>, built with this
/// test project) run as its own process on a free loopback port, so that a test can end it with SIGKILL (<see cref="Kill"/>: .NET's
/// <see cref="Process.Kill()"/> sends SIGKILL on Linux) as a crash would, with nothing flushed or stopped. Settings become environment
/// variables (<c>:</c> as <c>__</c>); raw ones may be added (e.g. <c>TRADIER_ACCESS_TOKEN</c>). Its console lines
/// (JSON logs) are kept for the test to read.
/// </summary>
internal sealed class ExecutionProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private ExecutionProcess(Process process, Uri baseUrl)
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

    /// <summary>Starts the service with <paramref name="settings"/> and waits (60 s at most) until <c>/health</c> answers 200.</summary>
    public static async Task<ExecutionProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = ServiceDll();
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

        var started = new ExecutionProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}/"));
        using var probe = new HttpClient { BaseAddress = started.BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            if (started.process.HasExited)
            {
                Assert.Fail($"the execution service exited at start with code {started.process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, started.Lines.TakeLast(30))}");
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
        Assert.Fail("the execution service was not healthy within 60 s");
        return null!;
    }

    /// <summary>A client past the gateway (its credential), with the operator's key when <paramref name="apiKey"/>.</summary>
    public HttpClient Client(bool apiKey = false)
    {
        var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add(GatewayCredential.HeaderName, ExecutionTestBed.GatewayToken);
        if (apiKey)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", ExecutionTestBed.ApiKey);
        }

        return client;
    }

    /// <summary>SIGKILL, then waits until the process is gone.</summary>
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

    private static string ServiceDll()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepoFiles.Root, "services", "Execution", "Kapman.Execution", "bin", configuration, "net10.0", "Kapman.Execution.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build services/Execution/Kapman.Execution first (building this test project does).", dll);
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
