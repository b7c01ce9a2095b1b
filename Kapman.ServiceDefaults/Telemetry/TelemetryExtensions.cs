using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Kapman.ServiceDefaults.Telemetry;

/// <summary>
/// Builds the OpenTelemetry providers by hand (no OpenTelemetry.Extensions.Hosting here, see ENVIRONMENT.md):
/// the meters and activity sources that ASP.NET Core, HttpClient, MassTransit and Npgsql publish, a pull
/// reader for <c>/metrics</c>, and OTLP export when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
internal static class TelemetryExtensions
{
    /// <summary>Meter name for Kapman's own instruments.</summary>
    public const string KapmanMeter = "Kapman";

    private static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics",
        "System.Net.Http", "System.Runtime", "MassTransit", "Npgsql", KapmanMeter,
    ];

    private static readonly string[] Sources = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Npgsql", KapmanMeter];

    public static void AddKapmanTelemetry(this IHostApplicationBuilder builder)
    {
        var otlpEndpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var resource = ResourceBuilder.CreateDefault().AddService(builder.Environment.ApplicationName);
        var prometheus = new PrometheusTextExporter();

        var meters = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(Meters).AddReader(prometheus.Reader);
        if (!string.IsNullOrWhiteSpace(otlpEndpoint))
        {
            meters.AddReader(new PeriodicExportingMetricReader(new OtlpMetricExporter(OtlpOptions(otlpEndpoint))));
        }

        builder.Services.AddSingleton(prometheus);
        builder.Services.AddSingleton(meters.Build()!);

        if (!string.IsNullOrWhiteSpace(otlpEndpoint))
        {
            var tracer = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(resource)
                .AddSource(Sources)
                .AddProcessor(new BatchActivityExportProcessor(new OtlpTraceExporter(OtlpOptions(otlpEndpoint))))
                .Build();
            builder.Services.AddSingleton(tracer!);
        }
    }

    private static OtlpExporterOptions OtlpOptions(string endpoint) => new() { Endpoint = new Uri(endpoint) };
}
