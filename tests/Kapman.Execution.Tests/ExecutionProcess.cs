using Kapman.ServiceDefaults.Security;

namespace Kapman.Execution.Tests;

/// <summary>
/// The built execution service run as its own process (<see cref="ServiceProcess"/>), so that a test can end it with SIGKILL as a
/// crash would, with clients that carry the gateway's credential.
/// </summary>
internal sealed class ExecutionProcess : IAsyncDisposable
{
    private readonly ServiceProcess process;

    private ExecutionProcess(ServiceProcess process) => this.process = process;

    /// <summary>The service's root URL.</summary>
    public Uri BaseUrl => process.BaseUrl;

    /// <summary>The process id.</summary>
    public int Id => process.Id;

    /// <summary>The console lines (JSON logs) written so far.</summary>
    public IReadOnlyList<string> Lines => process.Lines;

    /// <summary>Starts the service with <paramref name="settings"/> and raw <paramref name="environment"/> variables; healthy when it returns.</summary>
    public static async Task<ExecutionProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, IReadOnlyDictionary<string, string>? environment = null) =>
        new(await ServiceProcess.StartAsync("Execution", settings, environment));

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
    public void Kill() => process.Kill();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => process.DisposeAsync();
}
