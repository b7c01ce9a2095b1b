namespace Kapman.AppHost.Suite;

/// <summary>One project resource of the suite and its loopback port.</summary>
/// <param name="Name">Resource name, also the gateway prefix <c>/api/&lt;name&gt;</c>.</param>
/// <param name="Port">Loopback HTTP port the process listens on.</param>
public sealed record ServiceDefinition(string Name, int Port)
{
    /// <summary><c>http://127.0.0.1:&lt;Port&gt;</c>.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    /// <summary>The readiness endpoint on the process's own port.</summary>
    public Uri HealthUrl => new(BaseUrl, "/health");

    /// <summary>Whether this is the web UI (served at the gateway root) rather than an API service.</summary>
    public bool IsWeb => Name == SuiteLayout.WebName;

    /// <summary>
    /// Path that answers 200 through the gateway when the process is up: <c>/api/&lt;name&gt;/health</c>, or for the web UI
    /// its stylesheet <c>/app.css</c> (the gateway answers <c>/alive</c> and <c>/health</c> itself).
    /// </summary>
    public string GatewayHealthPath => IsWeb ? "/app.css" : $"/api/{Name}/health";
}
