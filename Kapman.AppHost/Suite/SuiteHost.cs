using System.Text;
using Npgsql;

namespace Kapman.AppHost.Suite;

/// <summary>
/// Starts, supervises and stops the whole suite on this machine: ensures the database exists, runs the YARP gateway
/// (<c>gateway/Kapman.Gateway</c>), every service and the web UI as <c>dotnet &lt;dll&gt;</c> children,
/// waits for their readiness, and restarts a child that crashes. Logs go to <c>&lt;repo&gt;/.kapman/logs</c>.
/// </summary>
public sealed class SuiteHost : IAsyncDisposable
{
    /// <summary>Name of the gateway entry in <see cref="Processes"/>.</summary>
    public const string GatewayName = "gateway";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);
    private readonly SuiteOptions options;
    private readonly TextWriter log;
    private readonly ServiceProcess gateway;
    private readonly Dictionary<string, ServiceProcess> services = new(StringComparer.OrdinalIgnoreCase);
    private readonly HttpClient http = new();

    /// <summary>Prepares (does not start) the suite described by <paramref name="options"/>.</summary>
    /// <param name="options">Paths, API key and connection strings.</param>
    /// <param name="log">Receives progress, crash and restart lines.</param>
    public SuiteHost(SuiteOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        this.options = options;
        this.log = TextWriter.Synchronized(log);
        var repo = options.RepoRoot;
        var dotnet = ProcessRunner.DotnetHost();
        foreach (var service in SuiteLayout.Services)
        {
            var dll = SuiteLayout.DllPath(repo, service, options.Configuration);
            var spec = new ProcessSpec(
                service.Name, dotnet, [dll], Path.GetDirectoryName(dll)!, SuiteEnvironment.For(service, options),
                service.HealthUrl, SuiteLayout.LogPath(repo, service.Name), SuiteLayout.PidPath(repo, service.Name));
            services[service.Name] = new ServiceProcess(spec, RestartBackoff.Default, this.log);
        }

        var gatewayDll = SuiteLayout.DllPath(repo, SuiteLayout.Gateway, options.Configuration);
        var gatewaySpec = new ProcessSpec(
            GatewayName, dotnet, [gatewayDll], Path.GetDirectoryName(gatewayDll)!, GatewayEnvironment, SuiteLayout.Gateway.HealthUrl,
            SuiteLayout.LogPath(repo, GatewayName), SuiteLayout.PidPath(repo, GatewayName));
        gateway = new ServiceProcess(gatewaySpec, RestartBackoff.Default, this.log);
        ServiceNames = [.. SuiteLayout.Services.Select(s => s.Name)];
    }

    /// <summary>ingestion, options, metrics, wyckoff, recommendation, execution, notification, web.</summary>
    public IReadOnlyList<string> ServiceNames { get; }

    /// <summary>The gateway followed by every service, for status displays.</summary>
    public IReadOnlyList<ServiceProcess> Processes => [gateway, .. ServiceNames.Select(n => services[n])];

    /// <summary><c>http://127.0.0.1:8080</c>.</summary>
    public Uri GatewayUrl { get; } = SuiteLayout.GatewayUrl;

    /// <summary>The gateway's secrets and address; backend addresses are its defaults, the ports of <see cref="SuiteLayout.Services"/>.</summary>
    private Dictionary<string, string> GatewayEnvironment => new(StringComparer.Ordinal)
    {
        ["KAPMAN_API_KEY"] = options.ApiKey,
        [SuiteEnvironment.GatewayTokenVariable] = options.GatewayToken,
        ["KAPMAN_GATEWAY_BIND"] = $"127.0.0.1:{SuiteLayout.GatewayPort}",
    };

    /// <summary>Walks up from <paramref name="startDirectory"/> to the first folder holding <c>Kapman.sln</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">No ancestor holds <c>Kapman.sln</c>.</exception>
    public static string FindRepoRoot(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kapman.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Kapman.sln in '{startDirectory}' or any folder above it.");
    }

    /// <summary>
    /// Creates the database if missing, starts the gateway and every service, and waits until each service's
    /// <c>/health</c> answers 200 both directly and through the gateway (at most 120 s). Also stops orphans a
    /// crashed earlier run left behind. Whatever was started stays running after a failure until
    /// <see cref="DisposeAsync"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">A service or gateway binary is missing (build first).</exception>
    /// <exception cref="InvalidOperationException">Infrastructure is unreachable or a port is taken.</exception>
    /// <exception cref="TimeoutException">Some service was not healthy after 120 s; the message carries its last stderr lines.</exception>
    public async Task StartAsync(CancellationToken ct)
    {
        var repo = options.RepoRoot;
        EnsureFilesExist();
        Directory.CreateDirectory(SuiteLayout.LogDirectory(repo));
        Directory.CreateDirectory(SuiteLayout.PidDirectory(repo));
        await EnsureInfrastructureAsync(ct);
        await ReapOrphansAsync(repo, log, ct);
        await EnsurePortsFreeAsync(ct);
        log.WriteLine($"Starting gateway on {GatewayUrl} and {services.Count} processes (data root {options.DataRoot}).");
        gateway.Start();
        foreach (var name in ServiceNames)
        {
            services[name].Start();
        }

        await WaitReadyAsync(ServiceNames, ct);
        log.WriteLine("Every service is healthy.");
    }

    /// <summary>
    /// Stops children an earlier AppHost left running when it died without cleaning up: every pid file under
    /// <c>&lt;repo&gt;/.kapman</c> whose process still runs that service's (or the gateway's) dll.
    /// </summary>
    /// <returns>How many orphans were stopped.</returns>
    public static async Task<int> ReapOrphansAsync(string repoRoot, TextWriter log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(log);
        var candidates = SuiteLayout.Services.Append(SuiteLayout.Gateway)
            .Select(s => (s.Name, Pid: SuiteLayout.PidPath(repoRoot, s.Name), Marker: s.AssemblyName + ".dll"));
        var reaped = 0;
        foreach (var (name, pidPath, marker) in candidates)
        {
            if (await OrphanReaper.ReapAsync(pidPath, marker, ct))
            {
                log.WriteLine($"Stopped an orphaned {name} left by an earlier run.");
                reaped++;
            }
        }

        return reaped;
    }

    /// <summary>Kills the named service's process tree at once, as a crash would, and does not restart it.</summary>
    /// <exception cref="ArgumentException">Unknown service name.</exception>
    public Task StopServiceAsync(string name, CancellationToken ct) => Get(name).KillAsync(ct);

    /// <summary>Starts the named service again and waits (at most 120 s) until it is healthy directly and through the gateway.</summary>
    /// <exception cref="ArgumentException">Unknown service name.</exception>
    /// <exception cref="TimeoutException">It did not become healthy in time.</exception>
    public async Task StartServiceAsync(string name, CancellationToken ct)
    {
        var service = Get(name);
        service.Start();
        await WaitReadyAsync([service.Name], ct);
    }

    /// <summary>Stops every service (SIGTERM, kill after 10 s), then the gateway.</summary>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(services.Values.Select(s => s.DisposeAsync().AsTask()));
        await gateway.DisposeAsync();
        http.Dispose();
        log.WriteLine("Suite stopped.");
    }

    private ServiceProcess Get(string name) =>
        services.TryGetValue(name, out var service) ? service : throw new ArgumentException($"Unknown service '{name}'.", nameof(name));

    private void EnsureFilesExist()
    {
        var missing = services.Values.Append(gateway).Select(s => s.Spec.Arguments[0]).Where(dll => !File.Exists(dll)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException(
                $"Missing service binaries (run: dotnet build Kapman.sln -c {options.Configuration}):{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", missing));
        }
    }

    private async Task EnsureInfrastructureAsync(CancellationToken ct)
    {
        var (rabbitHost, rabbitPort) = InfraEndpoints.RabbitMq(options.RabbitMqConnectionString);
        if (!await HealthProbe.IsTcpOpenAsync(rabbitHost, rabbitPort, ct))
        {
            throw new InvalidOperationException($"RabbitMQ is not answering on {rabbitHost}:{rabbitPort} (run deploy/start-infra.sh).");
        }

        try
        {
            if (options.AppRolePassword is { } password)
            {
                await DatabaseBootstrapper.EnsureRolesAsync(options.PostgresConnectionString, password, ct);
            }

            if (await DatabaseBootstrapper.EnsureDatabaseAsync(options.PostgresConnectionString, options.AppRolePassword is null ? null : DatabaseBootstrapper.AppRole, ct))
            {
                log.WriteLine("Created the PostgreSQL database.");
            }

            if (options.AppRolePassword is not null)
            {
                await DatabaseBootstrapper.AdoptSchemasAsync(options.PostgresConnectionString, ct);
            }
        }
        catch (NpgsqlException ex)
        {
            var (host, port) = InfraEndpoints.Postgres(options.PostgresConnectionString);
            throw new InvalidOperationException($"PostgreSQL at {host}:{port} is not usable (run deploy/start-infra.sh): {ex.Message}", ex);
        }
    }

    private static async Task EnsurePortsFreeAsync(CancellationToken ct)
    {
        var ports = SuiteLayout.Services.Select(s => (s.Name, s.Port)).Append((GatewayName, SuiteLayout.GatewayPort));
        var taken = new List<string>();
        foreach (var (name, port) in ports)
        {
            if (await HealthProbe.IsTcpOpenAsync("127.0.0.1", port, ct))
            {
                taken.Add($"{name} ({port})");
            }
        }

        if (taken.Count > 0)
        {
            throw new InvalidOperationException(
                $"Ports already in use: {string.Join(", ", taken)}. Is a suite already running? (./kapman.sh down)");
        }
    }

    private async Task WaitReadyAsync(IReadOnlyList<string> names, CancellationToken ct)
    {
        var checks = names.Select(SuiteLayout.Find)
            .SelectMany(s => new[] { (Name: s.Name, Url: s.HealthUrl), (Name: s.Name, Url: new Uri(GatewayUrl, s.GatewayHealthPath)) })
            .ToList();
        var pending = checks.ToDictionary(c => c.Url, c => (c.Name, Last: "not probed"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReadyTimeout);
        try
        {
            while (pending.Count > 0)
            {
                foreach (var (url, entry) in pending.ToList())
                {
                    var result = await HealthProbe.GetAsync(http, url, timeout.Token);
                    if (result.Healthy)
                    {
                        pending.Remove(url);
                    }
                    else
                    {
                        pending[url] = (entry.Name, result.Detail);
                    }
                }

                if (pending.Count > 0)
                {
                    await Task.Delay(500, timeout.Token);
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException(DescribeUnready(pending));
        }
    }

    private string DescribeUnready(Dictionary<Uri, (string Name, string Last)> pending)
    {
        var text = new StringBuilder($"Not healthy after {ReadyTimeout.TotalSeconds:0} s:");
        foreach (var group in pending.GroupBy(p => p.Value.Name))
        {
            text.AppendLine().Append("  ").Append(group.Key).Append(": ")
                .AppendJoin(", ", group.Select(p => $"{p.Key} → {p.Value.Last}"));
            AppendLines(text, services[group.Key].RecentErrorLines);
        }

        if (gateway.State != ServiceState.Running || gateway.Restarts > 0)
        {
            text.AppendLine().Append("  gateway: ").Append(gateway.State).Append(", restarts ").Append(gateway.Restarts);
            AppendLines(text, gateway.RecentErrorLines);
        }

        return text.ToString();
    }

    private static void AppendLines(StringBuilder text, IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            text.AppendLine().Append("    | ").Append(line);
        }
    }
}
