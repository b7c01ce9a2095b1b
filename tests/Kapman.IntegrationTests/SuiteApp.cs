using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Kapman.AppHost.Suite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kapman.IntegrationTests;

/// <summary>
/// The whole suite as Kapman.AppHost models it, started by Aspire's <see cref="DistributedApplicationTestingBuilder"/>
/// (DCP runs the gateway, the seven services and the web as project resources on their fixed ports), with the
/// operations the tests need: stop and start a service through the resource commands, and the pid of a service's own
/// process for crash tests.
/// </summary>
public sealed class SuiteApp : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(5);
    private readonly DistributedApplication app;

    private SuiteApp(DistributedApplication app) => this.app = app;

    /// <summary>The gateway, <c>http://127.0.0.1:8080</c>.</summary>
    public static Uri GatewayUrl => SuiteLayout.GatewayUrl;

    /// <summary>
    /// Builds the AppHost's model with <paramref name="settings"/> (configuration as <c>--key=value</c>), starts it and
    /// waits until the gateway and every service are healthy.
    /// </summary>
    /// <exception cref="TimeoutException">Not healthy within 5 minutes; the message names what was still waiting.</exception>
    public static async Task<SuiteApp> StartAsync(IReadOnlyList<string> settings, TextWriter log)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Kapman_AppHost>(
            [.. settings, "--DcpPublisher:RandomizePorts=false"]);
        // The AppHost's own log (resource state changes, crash restarts, DCP errors) in the test output.
        builder.Services.AddLogging(logging => logging
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddFilter("Aspire.Hosting.Dcp", LogLevel.Warning)
            .AddFilter("Kapman", LogLevel.Information));
        var app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(ReadyTimeout);
        await app.StartAsync(timeout.Token);
        var suite = new SuiteApp(app);
        foreach (var name in SuiteLayout.Services.Select(s => s.Name).Append(SuiteLayout.Gateway.Name))
        {
            try
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{name} was not healthy after {ReadyTimeout.TotalMinutes:0} minutes: {suite.StateOf(name)}");
            }

            log.WriteLine($"{name} is healthy");
        }

        return suite;
    }

    /// <summary>The resource's state as DCP reports it (Running, Finished, Exited, ...), with its exit code.</summary>
    public string StateOf(string name) =>
        app.ResourceNotifications.TryGetCurrentState(name, out var resource)
            ? $"{resource.Snapshot.State?.Text} (exit code {resource.Snapshot.ExitCode})"
            : "unknown";

    /// <summary>Whether the resource is Running.</summary>
    public bool IsRunning(string name) =>
        app.ResourceNotifications.TryGetCurrentState(name, out var resource) && resource.Snapshot.State?.Text == KnownResourceStates.Running;

    /// <summary>
    /// Stops <paramref name="name"/> as Kubernetes evicts a pod: SIGTERM to the service's own process, which finishes
    /// the message it holds and exits 0 (so the AppHost does not restart it), then waits until DCP reports it
    /// Finished and nothing listens on its port, 90 s at most. (Aspire's stop command signals the <c>dotnet run</c>
    /// wrapper, and here it gave up after its 20 s with the service still up.)
    /// </summary>
    public async Task StopServiceAsync(string name)
    {
        var port = SuiteLayout.Find(name).Port;
        Assert.That(PosixSignal.Terminate(ServiceProcessId(name)), Is.True, $"SIGTERM to {name}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await app.ResourceNotifications.WaitForResourceAsync(name, [KnownResourceStates.Exited, KnownResourceStates.Finished], timeout.Token);
        while (ListeningSockets.OwnerOf(port) is not null)
        {
            Assert.That(timeout.IsCancellationRequested, Is.False, $"{name} still listens on {port} 90 s after SIGTERM ({StateOf(name)})");
            await Task.Delay(250);
        }
    }

    /// <summary>Starts <paramref name="name"/> through its start command and waits until it is healthy.</summary>
    public async Task StartServiceAsync(string name)
    {
        var result = await Commands.ExecuteCommandAsync(name, KnownResourceCommands.StartCommand);
        Assert.That(result.Success, Is.True, $"start {name}: {result.Message}");
        using var timeout = new CancellationTokenSource(ReadyTimeout);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
    }

    /// <summary>
    /// The pid of the service's own process: the one listening on its port (DCP starts it under <c>dotnet run</c>, whose
    /// pid the dashboard shows; killing that wrapper would orphan the service rather than crash it).
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing listens on the service's port.</exception>
    public static int ServiceProcessId(string name) => ListeningSockets.OwnerOf(SuiteLayout.Find(name).Port)
        ?? throw new InvalidOperationException($"{name} is not listening on {SuiteLayout.Find(name).Port}");

    /// <summary>
    /// The last <paramref name="lines"/> console lines of <paramref name="name"/> (what the dashboard's console log shows),
    /// for a failing test's message: with the services under DCP there is no log file to read afterwards.
    /// </summary>
    public async Task<string> RecentLogsAsync(string name, int lines)
    {
        var kept = new Queue<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            // By resource, not by name: DCP names each process instance (notification-abc123), and the logs are kept under that name.
            var resource = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name);
            await foreach (var batch in app.Services.GetRequiredService<ResourceLoggerService>().WatchAsync(resource).WithCancellation(timeout.Token))
            {
                foreach (var line in batch)
                {
                    kept.Enqueue(ConsoleLine.Compact(line.Content));
                    if (kept.Count > lines)
                    {
                        kept.Dequeue();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The backlog arrives first; after that the watch only waits for new lines.
        }

        return $"last {kept.Count} console lines of {name} ({StateOf(name)}):{Environment.NewLine}{string.Join(Environment.NewLine, kept)}";
    }

    private ResourceCommandService Commands => app.Services.GetRequiredService<ResourceCommandService>();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
