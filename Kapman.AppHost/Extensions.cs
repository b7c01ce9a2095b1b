using Kapman.AppHost.Health;
using Kapman.AppHost.Suite;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.AppHost;

/// <summary>
/// The Kapman suite as an Aspire application model: PostgreSQL, RabbitMQ and the SMTP sink (the local Debian servers,
/// reached by connection string and health-checked), the seven services and the web UI as project resources on the
/// fixed ports of <see cref="SuiteLayout"/>, the gateway in front of them on 8080, and Prometheus on 9090.
/// </summary>
public static class Extensions
{
    /// <summary>Adds every resource of the suite to <paramref name="builder"/>.</summary>
    /// <exception cref="InvalidOperationException">A required setting is missing (see <see cref="SuiteSettings.From"/>).</exception>
    public static IDistributedApplicationBuilder AddKapmanSuite(this IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = SuiteSettings.From(builder.Configuration, SuiteLayout.FindRepoRoot(builder.AppHostDirectory));
        builder.Eventing.Subscribe<BeforeStartEvent>((_, ct) => DatabaseSetup.EnsureAsync(settings, ct));
        builder.Services.AddHostedService<CrashRestarter>();

        var infrastructure = builder.AddInfrastructure(settings);
        IResourceBuilder<ProjectResource>[] services =
        [
            // The unattended daily run is the operator's choice (Kapman__Ingestion__Schedule__Enabled=true); off unless set.
            builder.AddService<Projects.Kapman_Ingestion>("ingestion", settings, infrastructure)
                .WithSettings(SectionSettings.Read(builder.Configuration, "Kapman:Ingestion:Schedule")),
            builder.AddService<Projects.Kapman_Options>("options", settings, infrastructure),
            builder.AddService<Projects.Kapman_Metrics>("metrics", settings, infrastructure),
            builder.AddService<Projects.Kapman_Wyckoff>("wyckoff", settings, infrastructure),
            builder.AddService<Projects.Kapman_Recommendation>("recommendation", settings, infrastructure),
            // Execution accepts the operator's key itself (X-Api-Key straight at its port) for a kill-switch reset and a live order.
            builder.AddService<Projects.Kapman_Execution>("execution", settings, infrastructure)
                .WithEnvironment("KAPMAN_API_KEY", infrastructure.ApiKey),
            // Notification approves through the gateway with the operator's key when a Telegram Approve button is pressed.
            builder.AddService<Projects.Kapman_Notification>("notification", settings, infrastructure)
                .WithEnvironment("KAPMAN_API_KEY", infrastructure.ApiKey)
                .WithEnvironment("Kapman__Telegram__GatewayUrl", SuiteLayout.GatewayUrl.ToString().TrimEnd('/'))
                .WithEnvironment("Kapman__Smtp__Host", settings.SmtpHost)
                .WithEnvironment("Kapman__Smtp__Port", settings.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .WithChannels(builder, settings.Channels)
                .WaitFor(infrastructure.Smtp),
        ];
        var web = builder.AddService<Projects.Kapman_Web>(SuiteLayout.WebName, settings, infrastructure)
            .WithEnvironment("Kapman__GatewayUrl", SuiteLayout.GatewayUrl.ToString().TrimEnd('/'))
            // The Ops page links to the dashboard for resources, logs, traces and metrics.
            .WithEnvironment("Kapman__DashboardUrl", SuiteLayout.DashboardUrl.ToString().TrimEnd('/'))
            // The web calls mutating APIs for its operators (re-drive, portfolios) and checks their form key against it.
            .WithEnvironment("KAPMAN_API_KEY", infrastructure.ApiKey);
        var gateway = builder.AddGateway(infrastructure, [.. services, web]);
        // Telegram's webhook POSTs carry no API key: the gateway admits them by the secret token notification registered.
        if (builder.Resources.OfType<ParameterResource>().FirstOrDefault(p => p.Name == ParameterName(NotificationChannels.TelegramWebhookSecret)) is { } webhookSecret)
        {
            gateway.WithEnvironment(NotificationChannels.TelegramWebhookSecret, builder.CreateResourceBuilder(webhookSecret));
        }

        builder.AddPrometheus(settings);
        return builder;
    }

    /// <summary>Hands a service the operator's <paramref name="settings"/> (environment name → value).</summary>
    private static IResourceBuilder<ProjectResource> WithSettings(this IResourceBuilder<ProjectResource> service, IReadOnlyDictionary<string, string> settings)
    {
        foreach (var (name, value) in settings)
        {
            service.WithEnvironment(name, value);
        }

        return service;
    }

    /// <summary>Hands the notification service its chat-channel settings, and its channel secrets as secret parameters.</summary>
    private static IResourceBuilder<ProjectResource> WithChannels(
        this IResourceBuilder<ProjectResource> notification, IDistributedApplicationBuilder builder, NotificationChannels? channels)
    {
        notification.WithSettings(channels?.Settings ?? new Dictionary<string, string>());

        foreach (var (name, value) in channels?.Secrets ?? new Dictionary<string, string>())
        {
            notification.WithEnvironment(name, builder.AddParameter(ParameterName(name), value, secret: true));
        }

        return notification;
    }

    /// <summary>The secret parameter's name for a channel secret's variable, e.g. <c>telegram-bot-token</c>.</summary>
    private static string ParameterName(string variable) => variable.ToLowerInvariant().Replace('_', '-');

    private static SuiteInfrastructure AddInfrastructure(this IDistributedApplicationBuilder builder, SuiteSettings settings)
    {
        var (pgHost, pgPort) = InfraEndpoints.Postgres(settings.ServiceConnectionString);
        var (mqHost, mqPort) = InfraEndpoints.RabbitMq(settings.RabbitMqConnectionString);
        builder.Services.AddHealthChecks()
            .AddCheck("postgres-ready", new PostgresHealthCheck(settings.ServiceConnectionString))
            .AddCheck("rabbitmq-ready", new TcpPortHealthCheck(mqHost, mqPort))
            .AddCheck("smtp-ready", new TcpPortHealthCheck(settings.SmtpHost, settings.SmtpPort));

        // Secret parameters: the dashboard masks their values, and they reach the services only as environment.
        var postgresLogin = builder.AddParameter("postgres-login", settings.ServiceConnectionString, secret: true);
        var ownDatabases = settings.DatabasePerService
            ? ServiceDatabases.Owners.ToDictionary(owner => owner, owner =>
            {
                var login = builder.AddParameter($"postgres-login-{owner}", settings.ServiceConnectionStringFor(owner), secret: true);
                return builder.AddConnectionString($"postgres-{owner}", ReferenceExpression.Create($"{login}")).WithHealthCheck("postgres-ready");
            })
            : [];
        var rabbitLogin = builder.AddParameter("rabbitmq-login", settings.RabbitMqConnectionString, secret: true);
        return new SuiteInfrastructure(
            builder.AddConnectionString("postgres", ReferenceExpression.Create($"{postgresLogin}"))
                .WithHealthCheck("postgres-ready")
                .WithUrl(new Uri($"tcp://{pgHost}:{pgPort}").ToString()),
            builder.AddConnectionString("rabbitmq", ReferenceExpression.Create($"{rabbitLogin}"))
                .WithHealthCheck("rabbitmq-ready")
                .WithUrl(new Uri($"http://{mqHost}:15672/").ToString(), "RabbitMQ management"),
            builder.AddConnectionString("smtp", ReferenceExpression.Create($"smtp://{settings.SmtpHost}:{settings.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))
                .WithHealthCheck("smtp-ready"),
            builder.AddParameter("api-key", settings.ApiKey, secret: true),
            builder.AddParameter("gateway-token", settings.GatewayToken, secret: true),
            ownDatabases);
    }

    private static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, SuiteSettings settings, SuiteInfrastructure infrastructure)
        where TProject : IProjectMetadata, new()
    {
        var service = SuiteLayout.Find(name);
        var database = infrastructure.DatabaseOf(name);
        var replicas = StageReplicas.Of(builder.Configuration, name);
        var project = builder.AddProject<TProject>(name)
            // Replicas share the stage's port through DCP's proxy, which spreads the calls over them; one process listens itself.
            .WithHttpEndpoint(port: service.Port, isProxied: replicas > 1)
            .WithEnvironment("ConnectionStrings__Postgres", database)
            .WithEnvironment("ConnectionStrings__RabbitMQ", infrastructure.RabbitMq)
            .WithEnvironment("Kapman__Data__Root", settings.DataRoot)
            .WithHttpHealthCheck("/health")
            .WaitFor(database)
            .WaitFor(infrastructure.RabbitMq);
        if (replicas > 1)
        {
            project.WithReplicas(replicas);
        }

        // A read contract is read where its owner keeps it (ReadContracts in ServiceDefaults falls back to the service's
        // own database when unset, which is right only when all share one).
        foreach (var (contract, owner) in service.IsWeb ? new Dictionary<string, string>() : ServiceDatabases.ReadContractOwners)
        {
            if (infrastructure.OwnDatabases.TryGetValue(owner, out var ownerDatabase))
            {
                project.WithEnvironment($"ConnectionStrings__{contract}", ownerDatabase);
            }
        }

        // The web is exempt: browsers post its forms and cannot carry the token (they carry the typed key instead).
        return service.IsWeb ? project : project.WithEnvironment(SuiteLayout.GatewayTokenVariable, infrastructure.GatewayToken);
    }
}
