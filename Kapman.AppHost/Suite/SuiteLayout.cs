namespace Kapman.AppHost.Suite;

/// <summary>
/// Where the suite's pieces live: the fixed port map of the spine contract, binary paths under the
/// repository, and the operator state folder <c>&lt;repo&gt;/.kapman</c> (logs, pid files, API key).
/// </summary>
public static class SuiteLayout
{
    /// <summary>Name of the web UI entry in <see cref="Services"/>.</summary>
    public const string WebName = "web";

    /// <summary>Gateway port on 127.0.0.1.</summary>
    public const int GatewayPort = 8080;

    /// <summary>
    /// The YARP gateway (<c>gateway/Kapman.Gateway</c>), run as <c>dotnet &lt;dll&gt;</c> like the services but not one of
    /// <see cref="Services"/>: it has no <c>/api/&lt;name&gt;</c> prefix and gets only its secrets, no connection strings.
    /// </summary>
    public static ServiceDefinition Gateway { get; } = new("gateway", "gateway/Kapman.Gateway", "Kapman.Gateway", GatewayPort);

    /// <summary>The gateway's base URL.</summary>
    public static Uri GatewayUrl { get; } = new($"http://127.0.0.1:{GatewayPort}");

    /// <summary>The seven services and the web UI, in start order.</summary>
    public static IReadOnlyList<ServiceDefinition> Services { get; } =
    [
        new("ingestion", "services/Ingestion/Kapman.Ingestion", "Kapman.Ingestion", 5101),
        new("options", "services/Options/Kapman.Options", "Kapman.Options", 5102),
        new("metrics", "services/Metrics/Kapman.Metrics", "Kapman.Metrics", 5103),
        new("wyckoff", "services/Wyckoff/Kapman.Wyckoff", "Kapman.Wyckoff", 5104),
        new("recommendation", "services/Recommendation/Kapman.Recommendation", "Kapman.Recommendation", 5105),
        new("execution", "services/Execution/Kapman.Execution", "Kapman.Execution", 5106),
        new("notification", "services/Notification/Kapman.Notification", "Kapman.Notification", 5107),
        new(WebName, "web/Kapman.Web", "Kapman.Web", 5100),
    ];

    /// <summary>Finds a service by name (ordinal, case-insensitive).</summary>
    /// <exception cref="ArgumentException">No service has that name.</exception>
    public static ServiceDefinition Find(string name) =>
        Services.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown service '{name}'. Known: {string.Join(", ", Services.Select(s => s.Name))}.", nameof(name));

    /// <summary><c>&lt;repo&gt;/&lt;project&gt;/bin/&lt;configuration&gt;/net10.0/&lt;assembly&gt;.dll</c>.</summary>
    public static string DllPath(string repoRoot, ServiceDefinition service, string configuration) =>
        Path.Combine(repoRoot, service.ProjectDirectory, "bin", configuration, "net10.0", service.AssemblyName + ".dll");

    /// <summary><c>&lt;repo&gt;/data/sample</c>: the bundled data set.</summary>
    public static string DefaultDataRoot(string repoRoot) => Path.Combine(repoRoot, "data", "sample");

    /// <summary><c>&lt;repo&gt;/.kapman</c>.</summary>
    public static string StateDirectory(string repoRoot) => Path.Combine(repoRoot, ".kapman");

    /// <summary><c>&lt;repo&gt;/.kapman/logs</c>.</summary>
    public static string LogDirectory(string repoRoot) => Path.Combine(StateDirectory(repoRoot), "logs");

    /// <summary><c>&lt;repo&gt;/.kapman/logs/&lt;name&gt;.log</c>.</summary>
    public static string LogPath(string repoRoot, string name) => Path.Combine(LogDirectory(repoRoot), name + ".log");

    /// <summary><c>&lt;repo&gt;/.kapman/pids</c>.</summary>
    public static string PidDirectory(string repoRoot) => Path.Combine(StateDirectory(repoRoot), "pids");

    /// <summary><c>&lt;repo&gt;/.kapman/pids/&lt;name&gt;.pid</c>: pid of a running service (or gateway) child.</summary>
    public static string PidPath(string repoRoot, string name) => Path.Combine(PidDirectory(repoRoot), name + ".pid");

    /// <summary><c>&lt;repo&gt;/.kapman/api-key</c> (mode 600).</summary>
    public static string ApiKeyPath(string repoRoot) => Path.Combine(StateDirectory(repoRoot), "api-key");

    /// <summary><c>&lt;repo&gt;/.kapman/apphost.pid</c>: pid of the running <c>kapman up</c> supervisor.</summary>
    public static string AppHostPidPath(string repoRoot) => Path.Combine(StateDirectory(repoRoot), "apphost.pid");

    /// <summary><c>&lt;repo&gt;/.kapman/apphost.data-root</c>: data root of the running supervisor.</summary>
    public static string AppHostDataRootPath(string repoRoot) => Path.Combine(StateDirectory(repoRoot), "apphost.data-root");

    /// <summary><c>&lt;repo&gt;/.kapman/logs/apphost.log</c>: output of a detached supervisor.</summary>
    public static string AppHostLogPath(string repoRoot) => LogPath(repoRoot, "apphost");
}
