using System.Diagnostics.Metrics;
using Kapman.ServiceDefaults.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Kapman.ServiceDefaults.Tests;

public class PrometheusTextExporterTests
{
    [Test]
    public void Renders_counters_gauges_and_cumulative_histograms_in_text_format()
    {
        using var meter = new Meter("Kapman.Test." + Guid.NewGuid().ToString("N"));
        var exporter = new PrometheusTextExporter();
        using var provider = Sdk.CreateMeterProviderBuilder().AddMeter(meter.Name).AddReader(exporter.Reader).Build();
        var counter = meter.CreateCounter<long>("kapman.rows.loaded", description: "Rows loaded");
        var histogram = meter.CreateHistogram<double>("kapman.stage.duration");
        meter.CreateObservableGauge("kapman.queue.depth", () => 7);

        counter.Add(3, new KeyValuePair<string, object?>("source", "local"));
        counter.Add(2, new KeyValuePair<string, object?>("source", "local"));
        histogram.Record(3);
        histogram.Record(30);

        var text = exporter.Scrape();

        Assert.That(text, Does.Contain("# TYPE kapman_rows_loaded_total counter"));
        Assert.That(text, Does.Contain("kapman_rows_loaded_total{source=\"local\"} 5"));
        Assert.That(text, Does.Contain("kapman_queue_depth 7"));
        // Default OpenTelemetry bounds are 0, 5, 10, 25, 50, ...: 3 falls in le=5, 30 in le=50; buckets are cumulative.
        Assert.That(text, Does.Contain("kapman_stage_duration_bucket{le=\"5\"} 1"));
        Assert.That(text, Does.Contain("kapman_stage_duration_bucket{le=\"25\"} 1"));
        Assert.That(text, Does.Contain("kapman_stage_duration_bucket{le=\"50\"} 2"));
        Assert.That(text, Does.Contain("kapman_stage_duration_bucket{le=\"+Inf\"} 2"));
        Assert.That(text, Does.Contain("kapman_stage_duration_sum 33"));
        Assert.That(text, Does.Contain("kapman_stage_duration_count 2"));
    }
}
