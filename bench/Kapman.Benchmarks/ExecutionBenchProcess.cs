using System.Diagnostics;
using System.Net;

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
        var port = BuiltProcess.FreePort();
        var environment = settings.Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value))
            .Append(KeyValuePair.Create("ASPNETCORE_URLS", $"http://127.0.0.1:{port}"));
        var process = BuiltProcess.Start(BuiltProcess.Dll("services/Execution/Kapman.Execution", "Kapman.Execution"), environment);
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
    public void Dispose() => BuiltProcess.Stop(process);
}
