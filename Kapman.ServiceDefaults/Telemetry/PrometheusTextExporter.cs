using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Kapman.ServiceDefaults.Telemetry;

/// <summary>
/// Pull exporter that renders OpenTelemetry metrics in the Prometheus text exposition format 0.0.4
/// (https://prometheus.io/docs/instrumenting/exposition_formats/). No Prometheus exporter package can be had
/// here, so this is the small one ENVIRONMENT.md calls for. Counters get <c>_total</c>; histograms get
/// cumulative <c>_bucket</c> series with <c>le</c>, plus <c>_sum</c> and <c>_count</c>.
/// It keeps the SDK's default export modes: a pull-only exporter may collect only inside the SDK's internal
/// pull scope, which <see cref="Scrape"/> cannot enter.
/// </summary>
public sealed class PrometheusTextExporter : BaseExporter<Metric>
{
    /// <summary>Content type of the text format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly Lock gate = new();
    private string latest = string.Empty;

    /// <summary>Creates the exporter and its pull reader (cumulative temporality).</summary>
    public PrometheusTextExporter()
    {
        Reader = new BaseExportingMetricReader(this) { TemporalityPreference = MetricReaderTemporalityPreference.Cumulative };
    }

    /// <summary>The reader to add to the meter provider.</summary>
    public MetricReader Reader { get; }

    /// <summary>Collects every instrument now and returns the rendered text.</summary>
    public string Scrape()
    {
        lock (gate)
        {
            latest = string.Empty;
            Reader.Collect();
            return latest;
        }
    }

    /// <inheritdoc />
    public override ExportResult Export(in Batch<Metric> batch)
    {
        var text = new StringBuilder();
        foreach (var metric in batch)
        {
            PrometheusMetricWriter.Write(text, metric);
        }

        latest = text.ToString();
        return ExportResult.Success;
    }
}
