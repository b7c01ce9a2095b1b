using Kapman.Cli.Cli;
using Kapman.AppHost.Suite;
using Kapman.Cli.Suite;
using Spectre.Console;

namespace Kapman.Cli.Reporting;

/// <summary>Probes infrastructure, the gateway and every service, and renders the status table.</summary>
internal static class StatusCollector
{
    /// <summary>
    /// Rows for postgres, rabbitmq, smtp (optional), the Aspire dashboard (optional), the gateway and every service.
    /// Services are probed through the gateway (<c>/api/&lt;svc&gt;/health</c>, web <c>/app.css</c>); their processes,
    /// restarts and logs are on the dashboard.
    /// </summary>
    public static async Task<IReadOnlyList<StatusRow>> CollectAsync(HttpClient http, CliSettings settings, CancellationToken ct)
    {
        var (pgHost, pgPort) = InfraEndpoints.Postgres(settings.PostgresConnectionString);
        var (mqHost, mqPort) = InfraEndpoints.RabbitMq(settings.RabbitMqConnectionString);
        var (smtpHost, smtpPort) = settings.Smtp;
        var rows = new List<StatusRow>
        {
            await TcpRowAsync("postgres", $"postgresql://{pgHost}:{pgPort}/", pgHost, pgPort, true, ct),
            await TcpRowAsync("rabbitmq", $"amqp://{mqHost}:{mqPort}/", mqHost, mqPort, true, ct),
            await TcpRowAsync("smtp", $"smtp://{smtpHost}:{smtpPort}", smtpHost, smtpPort, false, ct),
        };
        var gateway = SuiteLayout.GatewayUrl;
        rows.Add(await HttpRowAsync(http, "dashboard", SuiteLayout.DashboardUrl.ToString(), SuiteLayout.DashboardUrl, required: false, ct));
        rows.Add(await HttpRowAsync(http, "gateway", gateway.ToString(), new Uri(gateway, "/metrics"), required: true, ct));
        foreach (var service in SuiteLayout.Services)
        {
            var url = service.IsWeb ? gateway.ToString() : new Uri(gateway, $"/api/{service.Name}/").ToString();
            rows.Add(await HttpRowAsync(http, service.Name, url, new Uri(gateway, service.GatewayHealthPath), required: true, ct));
        }

        return rows;
    }

    /// <summary>True when every required row is green.</summary>
    public static bool AllGreen(IEnumerable<StatusRow> rows) => rows.Where(r => r.Required).All(r => r.IsGreen);

    /// <summary>The table: resource, URL, coloured state, detail.</summary>
    public static Table Render(IEnumerable<StatusRow> rows)
    {
        var table = new Table().RoundedBorder().AddColumns("resource", "url", "state", "detail");
        foreach (var row in rows)
        {
            var colour = row.IsGreen ? "green" : row.Required ? (row.State is "restarting" ? "yellow" : "red") : "grey";
            table.AddRow(
                new Markup(Markup.Escape(row.Resource)),
                new Markup(Markup.Escape(row.Url)),
                new Markup($"[{colour}]{Markup.Escape(row.State)}[/]"),
                new Markup(Markup.Escape(row.Detail)));
        }

        return table;
    }

    private static async Task<StatusRow> TcpRowAsync(string name, string url, string host, int port, bool required, CancellationToken ct)
    {
        var open = await HealthProbe.IsTcpOpenAsync(host, port, ct);
        return new StatusRow(name, url, open ? "up" : required ? "down" : "off", open ? "port open" : "no answer", required);
    }

    private static async Task<StatusRow> HttpRowAsync(HttpClient http, string name, string url, Uri probe, bool required, CancellationToken ct)
    {
        var result = await HealthProbe.GetAsync(http, probe, ct);
        var state = result.Healthy ? "healthy" : result.Detail == HealthProbe.ConnectionRefused ? (required ? "down" : "off") : "unhealthy";
        return new StatusRow(name, url, state, $"{probe.AbsolutePath} → {result.Detail}", required);
    }
}
