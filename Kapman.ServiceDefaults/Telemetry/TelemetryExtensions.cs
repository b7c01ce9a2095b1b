using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Kapman.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry for every Kapman host, as Aspire's ServiceDefaults wire it: ASP.NET Core, HttpClient and runtime
/// instrumentation plus the meters and activity sources MassTransit, Npgsql and Kapman publish (and Polly's meter, which
/// counts the HTTP resilience handler's retries, timeouts and open circuits); metrics are served in Prometheus text at
/// <c>/metrics</c>, and logs, metrics and traces go to OTLP as well when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the
/// Aspire dashboard sets it for the resources it starts). MassTransit carries the trace context in message headers, so
/// a consumer's span joins its publisher's trace; the outbox keeps it across the relay (<c>OutboxRelay</c>). Page views are
/// head-sampled where <see cref="PageViewTracing.RatioKey"/> is set (the gateway: 1 in 10), see <see cref="PageViewTracing"/>.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>
    /// Name of the meter and activity source for Kapman's own instruments. Create the meter with
    /// <c>IMeterFactory.Create(KapmanMeter)</c> so it is disposed with the host.
    /// </summary>
    public const string KapmanMeter = "Kapman";

    /// <summary>The activity source for Kapman's own spans (the outbox relay's publish), named <see cref="KapmanMeter"/>.</summary>
    public static readonly ActivitySource KapmanActivitySource = new(KapmanMeter);

    private static readonly string[] Libraries = ["MassTransit", "Npgsql", KapmanMeter];

    private const string PollyMeter = "Polly";

    /// <summary>
    /// Paths the supervisor and Prometheus poll every few seconds: their spans would bury the pipeline's traces, so
    /// they are not traced (they are still counted in the request metrics).
    /// </summary>
    private static readonly PathString[] PolledPaths = ["/health", "/alive", "/metrics"];

    internal static void AddKapmanTelemetry(this IHostApplicationBuilder builder)
    {
        var ratio = builder.Configuration.GetValue<double?>(PageViewTracing.RatioKey) ?? 1.0;
        if (ratio is < 0 or > 1 || double.IsNaN(ratio))
        {
            throw new InvalidOperationException($"{PageViewTracing.RatioKey} is {ratio}: it must be between 0 and 1 (the share of page views traced).");
        }

        var pageViews = new PageViewTracing(ratio);
        var telemetry = builder.Services.AddOpenTelemetry()
            // Under the AppHost, OTEL_SERVICE_NAME is the resource's name ("ingestion"): the dashboard ties telemetry to its
            // resource by it (metrics per resource, trace spans named by resource). Run alone, the assembly name serves.
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Libraries)
                .AddMeter(PollyMeter)
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context =>
                    !IsPolled(context.Request.Path) && pageViews.Traces(context.Request, Activity.Current))
                .AddHttpClientInstrumentation()
                .AddSource(Libraries));

        // Logs stay JSON on the console as well, where the supervisor collects them.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry
                .WithLogging(logging => logging.AddOtlpExporter(), options =>
                {
                    options.IncludeFormattedMessage = true;
                    options.IncludeScopes = true;
                })
                .WithMetrics(metrics => metrics.AddOtlpExporter())
                .WithTracing(tracing => tracing.AddOtlpExporter());
        }
    }

    private static bool IsPolled(PathString path) => PolledPaths.Any(path.StartsWithSegments);
}
