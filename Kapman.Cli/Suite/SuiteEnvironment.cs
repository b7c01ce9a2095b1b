using System.Globalization;

namespace Kapman.Cli.Suite;

/// <summary>The environment variables the spine contract gives each process (see the spec's "Environment variables").</summary>
public static class SuiteEnvironment
{
    /// <summary>The variable holding the credential the gateway adds and the services require (gateway/README.md).</summary>
    public const string GatewayTokenVariable = "KAPMAN_GATEWAY_TOKEN";

    /// <summary>
    /// Variables for one service: <c>ASPNETCORE_URLS</c>, both connection strings and the data root for every
    /// process; <c>KAPMAN_GATEWAY_TOKEN</c> for every API service; <c>Kapman__Smtp__Host/Port</c> for notification
    /// when an SMTP host is set; <c>Kapman__GatewayUrl</c> and <c>KAPMAN_API_KEY</c> for the web UI. Variables not
    /// named here are inherited from the AppHost's own environment.
    /// </summary>
    public static IReadOnlyDictionary<string, string> For(ServiceDefinition service, SuiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = service.BaseUrl.ToString().TrimEnd('/'),
            ["ConnectionStrings__Postgres"] = options.ServiceConnectionString,
            ["ConnectionStrings__RabbitMQ"] = options.RabbitMqConnectionString,
            ["Kapman__Data__Root"] = options.DataRoot,
        };
        if (service.Name == "notification" && !string.IsNullOrEmpty(options.SmtpHost))
        {
            env["Kapman__Smtp__Host"] = options.SmtpHost;
            if (options.SmtpPort is { } port)
            {
                env["Kapman__Smtp__Port"] = port.ToString(CultureInfo.InvariantCulture);
            }
        }

        if (service.IsWeb)
        {
            env["Kapman__GatewayUrl"] = SuiteLayout.GatewayUrl.ToString().TrimEnd('/');
            // The web calls mutating APIs for its operators (re-drive, portfolios) and checks their form key against it.
            env["KAPMAN_API_KEY"] = options.ApiKey;
        }
        else
        {
            // The web is exempt: browsers post its forms and cannot carry the token (they carry the typed key instead).
            env[GatewayTokenVariable] = options.GatewayToken;
        }

        return env;
    }
}
