namespace Kapman.AppHost.Suite;

/// <summary>
/// Where the suite's pieces live: the fixed port map of the spine contract, paths under the repository, and the
/// operator state folder <c>&lt;repo&gt;/.kapman</c> (logs, pid file, API key).
/// </summary>
public static class SuiteLayout
{
    /// <summary>Name of the web UI entry in <see cref="Services"/>.</summary>
    public const string WebName = "web";

    /// <summary>The environment variable carrying the services' credential for calls from the gateway.</summary>
    public const string GatewayTokenVariable = "KAPMAN_GATEWAY_TOKEN";

    /// <summary>Gateway port on 127.0.0.1.</summary>
    public const int GatewayPort = 8080;

    /// <summary>
    /// The YARP gateway (<c>gateway/Kapman.Gateway</c>), a project resource like the services but not one of
    /// <see cref="Services"/>: it has no <c>/api/&lt;name&gt;</c> prefix and gets only its secrets, no connection strings.
    /// </summary>
    public static ServiceDefinition Gateway { get; } = new("gateway", GatewayPort);

    /// <summary>The gateway's base URL.</summary>
    public static Uri GatewayUrl { get; } = new($"http://127.0.0.1:{GatewayPort}");

    /// <summary>The Aspire dashboard's port on 127.0.0.1 (its OTLP receiver is on 18889, the resource service on 18890).</summary>
    public const int DashboardPort = 18888;

    /// <summary>The Aspire dashboard's base URL.</summary>
    public static Uri DashboardUrl { get; } = new($"http://127.0.0.1:{DashboardPort}");

    /// <summary>
    /// What a plain-HTTP loopback AppHost needs in its environment (Aspire reads these before configuration files):
    /// the dashboard, OTLP and resource-service addresses, and leave to run them without TLS.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AppHostEnvironment { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{DashboardPort}",
        ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{DashboardPort + 1}",
        ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{DashboardPort + 2}",
        ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
    };

    /// <summary>The seven services and the web UI, in start order.</summary>
    public static IReadOnlyList<ServiceDefinition> Services { get; } =
    [
        new("ingestion", 5101),
        new("options", 5102),
        new("metrics", 5103),
        new("wyckoff", 5104),
        new("recommendation", 5105),
        new("execution", 5106),
        new("notification", 5107),
        new(WebName, 5100),
    ];

    /// <summary>Finds a service by name (ordinal, case-insensitive).</summary>
    /// <exception cref="ArgumentException">No service has that name.</exception>
    public static ServiceDefinition Find(string name) =>
        Services.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown service '{name}'. Known: {string.Join(", ", Services.Select(s => s.Name))}.", nameof(name));

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

    /// <summary><c>&lt;repo&gt;/data/sample</c>: the bundled data set.</summary>
    public static string DefaultDataRoot(string repoRoot) => Path.Combine(repoRoot, "data", "sample");

    /// <summary><c>&lt;repo&gt;/.kapman</c>.</summary>
    public static string StateDirectory(string repoRoot) => Path.Combine(repoRoot, ".kapman");

    /// <summary><c>&lt;repo&gt;/.kapman/logs</c>.</summary>
    public static string LogDirectory(string repoRoot) => Path.Combine(StateDirectory(repoRoot), "logs");

    /// <summary><c>&lt;repo&gt;/.kapman/logs/&lt;name&gt;.log</c>.</summary>
    public static string LogPath(string repoRoot, string name) => Path.Combine(LogDirectory(repoRoot), name + ".log");

    /// <summary><c>&lt;repo&gt;/Kapman.AppHost/bin/&lt;configuration&gt;/net10.0/Kapman.AppHost.dll</c>: the built AppHost.</summary>
    public static string AppHostDllPath(string repoRoot, string configuration) =>
        Path.Combine(repoRoot, "Kapman.AppHost", "bin", configuration, "net10.0", "Kapman.AppHost.dll");

    /// <summary><c>&lt;repo&gt;/.kapman/api-key</c> (mode 600).</summary>
    public static string ApiKeyPath(string repoRoot) => Path.Combine(StateDirectory(repoRoot), "api-key");

    /// <summary><c>&lt;repo&gt;/.kapman/apphost.pid</c>: pid of the running AppHost started by <c>kapman up</c>.</summary>
    public static string AppHostPidPath(string repoRoot) => Path.Combine(StateDirectory(repoRoot), "apphost.pid");

    /// <summary><c>&lt;repo&gt;/.kapman/apphost.data-root</c>: data root of the running AppHost.</summary>
    public static string AppHostDataRootPath(string repoRoot) => Path.Combine(StateDirectory(repoRoot), "apphost.data-root");

    /// <summary><c>&lt;repo&gt;/.kapman/logs/apphost.log</c>: output of the AppHost.</summary>
    public static string AppHostLogPath(string repoRoot) => LogPath(repoRoot, "apphost");
}
