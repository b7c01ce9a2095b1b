using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Kapman.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry for every Kapman host, as Aspire's ServiceDefaults wire it: ASP.NET Core, HttpClient and runtime
/// instrumentation plus the meters and activity sources MassTransit, Npgsql and Kapman publish; metrics are served in
/// Prometheus text at <c>/metrics</c>, and metrics and traces go to OTLP as well when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>
    /// Name of the meter and activity source for Kapman's own instruments. Create the meter with
    /// <c>IMeterFactory.Create(KapmanMeter)</c> so it is disposed with the host.
    /// </summary>
    public const string KapmanMeter = "Kapman";

    private static readonly string[] Libraries = ["MassTransit", "Npgsql", KapmanMeter];

    /// <summary>
    /// Paths the supervisor and Prometheus poll every few seconds: their spans would bury the pipeline's traces, so
    /// they are not traced (they are still counted in the request metrics).
    /// </summary>
    private static readonly PathString[] PolledPaths = ["/health", "/alive", "/metrics"];

    internal static void AddKapmanTelemetry(this IHostApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Libraries)
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsPolled(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(Libraries));

        // Per signal rather than UseOtlpExporter, which would also route logs through OpenTelemetry: logs stay JSON on
        // the console, where the supervisor collects them.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.WithMetrics(metrics => metrics.AddOtlpExporter()).WithTracing(tracing => tracing.AddOtlpExporter());
        }
    }

    private static bool IsPolled(PathString path) => PolledPaths.Any(path.StartsWithSegments);
}
