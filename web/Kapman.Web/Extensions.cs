using Kapman.Web.Backtests;
using Kapman.Web.Clients;
using Kapman.Web.Components;
using Kapman.Web.Components.Today;
using Kapman.Web.Execution;
using Kapman.Web.Ops;
using Kapman.Web.Portfolios;
using Kapman.Web.Security;
using Kapman.Web.Ticker;
using Kapman.Web.Watchlists;
using Microsoft.Extensions.Options;

namespace Kapman.Web;

/// <summary>Wires the web UI: Razor components (static SSR only) and typed gateway clients.</summary>
public static class Extensions
{
    /// <summary>
    /// Registers Razor components, <see cref="GatewayOptions"/> (section <c>Kapman</c>, e.g. <c>Kapman__GatewayUrl</c>),
    /// <see cref="DashboardOptions"/> (<c>Kapman:DashboardUrl</c>, validated at startup),
    /// one typed HttpClient per service, each based at the gateway, the RabbitMQ management client and the AMQP
    /// re-drive (<see cref="RabbitMqOptions"/>, section <c>Kapman:RabbitMq</c>).
    /// </summary>
    public static WebApplicationBuilder AddKapmanWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddOptions<GatewayOptions>().Bind(builder.Configuration.GetSection(GatewayOptions.Section));
        builder.Services.AddOptions<DashboardOptions>()
            .Bind(builder.Configuration.GetSection(DashboardOptions.Section))
            // Kapman__DashboardUrl= (empty) binds as an empty relative URI: it means no dashboard, like an absent key.
            .PostConfigure(o => o.DashboardUrl = o.DashboardUrl is { OriginalString.Length: 0 } ? null : o.DashboardUrl)
            .Validate(o => o.IsValid, "Kapman:DashboardUrl must be an absolute http(s) URL of the Aspire dashboard.")
            .ValidateOnStart();
        builder.Services.AddHttpClient<IngestionClient>(ConfigureGateway);
        builder.Services.AddHttpClient<WyckoffClient>(ConfigureGateway);
        builder.Services.AddHttpClient<RecommendationClient>(ConfigureGateway);
        builder.Services.AddHttpClient<BacktestClient>(ConfigureGateway);
        // A health probe reports what it sees: no retries (the default handler retries a 503 for ~1.4 s) and no circuit
        // breaker standing between it and the service. EXTEXP0001: the documented way to drop the default handler (10.10).
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient<HealthClient>(ConfigureGateway).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        // One cache for the process; each probe resolves a new typed client, so the factory's handler rotation applies.
        builder.Services.AddSingleton(sp => new HealthCache(
            ct => sp.GetRequiredService<HealthClient>().CheckAllAsync(ct), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddHttpClient<MarketClient>(ConfigureGateway);
        builder.Services.AddHttpClient<PortfolioClient>(ConfigureGateway);
        builder.Services.AddHttpClient<ReplayClient>(ConfigureGateway);
        builder.Services.AddHttpClient<OutboxClient>(ConfigureGateway);
        builder.Services.AddHttpClient<ShardClient>(ConfigureGateway);
        builder.Services.AddHttpClient<NotificationClient>(ConfigureGateway);
        builder.Services.AddHttpClient<WatchlistClient>(ConfigureGateway);
        builder.Services.AddHttpClient<ExecutionClient>(ConfigureGateway);
        builder.Services.AddHttpClient<CommentaryClient>(ConfigureGateway);
        builder.Services.AddMemoryCache();
        builder.Services.AddTransient<TickerLoader>();
        builder.Services.AddOptions<RabbitMqOptions>()
            .Configure(o =>
            {
                var bus = builder.Configuration.GetConnectionString("RabbitMQ");
                o.VirtualHost = RabbitMqOptions.VirtualHostOf(bus);
                (o.ManagementUser, o.ManagementPassword) = RabbitMqOptions.CredentialsOf(bus);
                if (Uri.TryCreate(bus, UriKind.Absolute, out var amqp))
                {
                    o.AmqpUrl = amqp;
                }
            })
            .Bind(builder.Configuration.GetSection(RabbitMqOptions.Section));
        builder.Services.AddHttpClient<RabbitMqClient>(ConfigureRabbitMq);
        builder.Services.AddSingleton<ErrorQueueRedriver>();
        builder.Services.AddSingleton<ApiKeyVerifier>();
        builder.Services.AddTransient<TodayLoader>();
        builder.Services.AddTransient<OpsLoader>();
        return builder;
    }

    /// <summary>Adds the browser hardening headers (<see cref="SecurityHeaders"/>), serves wwwroot (copied beside the dll, see the csproj), maps the Ops re-drive, replay and notification controls, the Portfolios and Watchlists form posts and the execution pages' approve, cancel and kill-switch posts, the Backtests start post, the chart data endpoint and the Razor component pages.</summary>
    public static WebApplication MapKapmanWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseAntiforgery();
        app.MapRedrive();
        app.MapReplay();
        app.MapNotificationControls();
        app.MapChartData();
        app.MapPortfolioForms();
        app.MapWatchlistForms();
        app.MapExecutionForms();
        app.MapBacktestForms();
        app.MapRazorComponents<App>();
        return app;
    }

    private static void ConfigureRabbitMq(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
        http.BaseAddress = options.ManagementUrl;
        http.Timeout = options.Timeout;
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(options.ManagementUser + ":" + options.ManagementPassword)));
    }

    /// <summary>
    /// Every call to the gateway carries the web's <c>KAPMAN_API_KEY</c> (when set): the gateway requires it for
    /// mutating API calls and exempts keyed callers from its per-address rate limit, which the web would otherwise
    /// share with the browsers it serves (a 429 on a health probe would show a service down).
    /// </summary>
    private static void ConfigureGateway(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        http.BaseAddress = options.GatewayUrl;
        http.Timeout = options.Timeout;
        if (services.GetRequiredService<IConfiguration>()[ApiKeyVerifier.ConfigurationKey] is { Length: > 0 } key)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
    }
}
