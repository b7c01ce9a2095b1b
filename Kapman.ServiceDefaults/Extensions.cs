using Kapman.ServiceDefaults.Health;
using Kapman.ServiceDefaults.Http;
using Kapman.ServiceDefaults.Messaging;
using Kapman.ServiceDefaults.Messaging.Replay;
using Kapman.ServiceDefaults.Security;
using Kapman.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kapman.ServiceDefaults;

/// <summary>
/// The cross-cutting wiring every Kapman host shares (the role Aspire's ServiceDefaults plays in eShop):
/// JSON console logs, OpenTelemetry metrics (Prometheus text at <c>/metrics</c>) and traces (OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set), health checks, OpenAPI, problem details, and resilience and service discovery on every HttpClient
/// (<see cref="HttpClientDefaultsExtensions"/>).
/// Persistence and messaging are opted into with <see cref="PersistenceExtensions"/> and <see cref="MessagingExtensions"/>.
/// </summary>
public static class Extensions
{
    /// <summary>Health-check tag for liveness (<c>/alive</c>); every check counts for readiness (<c>/health</c>).</summary>
    public const string LiveTag = "live";

    /// <summary>
    /// How long a host waits for its hosted services (the bus, whose stop timeout is 30 s, and the outbox relay) on
    /// SIGTERM. Longer than MassTransit's stop timeout so an in-flight message is finished and acknowledged; the
    /// supervisor's kill grace is longer still.
    /// </summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(35);

    /// <summary>Adds logging, telemetry, health checks, OpenAPI, problem details, HttpClient resilience and service discovery.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });

        builder.AddKapmanTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddKapmanHttpClientDefaults();
        return builder;
    }

    /// <summary>
    /// Maps <c>/health</c> (readiness: every registered check, e.g. Postgres and the bus), <c>/alive</c>
    /// (liveness), <c>/metrics</c> (Prometheus text from the OpenTelemetry exporter, GET only), <c>/openapi/v1.json</c> and, in a service with messaging,
    /// <c>/outbox/failed</c> (<see cref="OutboxEndpoints"/>) and <c>POST /replay</c> (<see cref="ReplayEndpoints"/>), and turns unhandled exceptions into RFC 7807 problem details
    /// without stack traces. With <paramref name="requireGatewayCredential"/> every request but GET/HEAD/OPTIONS must carry
    /// the gateway's credential (<see cref="GatewayCredentialMiddleware"/>).
    /// </summary>
    /// <param name="app">The service's application.</param>
    /// <param name="requireGatewayCredential">
    /// True for the services. False for the web UI: its form posts come from browsers, which cannot carry the
    /// credential, and each one is checked against the operator's typed API key instead. False for the gateway too: it
    /// issues the credential, and checks its callers' API key itself.
    /// </param>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, bool requireGatewayCredential = true)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (requireGatewayCredential)
        {
            app.UseMiddleware<GatewayCredentialMiddleware>();
        }

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) });
        // The exporter maps its path for every method; GET only keeps /metrics read-only like the other probes, so the
        // gateway credential (which guards only non-GET calls) need not cover it. HEAD is not a scrape.
        app.MapPrometheusScrapingEndpoint("/metrics")
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]))
            .ExcludeFromDescription();
        app.MapOpenApi();
        if (app.Services.GetService<OutboxStore>() is not null)
        {
            app.MapOutboxEndpoints();
            app.MapReplayEndpoints();
        }

        return app;
    }
}
