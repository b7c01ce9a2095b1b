using System.Globalization;
using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Kapman.ServiceDefaults.Telemetry;

/// <summary>Renders one OpenTelemetry metric as Prometheus text (HELP, TYPE and samples).</summary>
internal static class PrometheusMetricWriter
{
    public static void Write(StringBuilder text, Metric metric)
    {
        var name = Sanitize(metric.Name);
        var isCounter = metric.MetricType is MetricType.LongSum or MetricType.DoubleSum;
        var isHistogram = metric.MetricType == MetricType.Histogram;
        if (isCounter && !name.EndsWith("_total", StringComparison.Ordinal))
        {
            name += "_total";
        }

        var type = isHistogram ? "histogram" : isCounter ? "counter" : "gauge";
        text.Append("# HELP ").Append(name).Append(' ').Append(Escape(metric.Description)).Append('\n');
        text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            var labels = Labels(point.Tags);
            if (isHistogram)
            {
                WriteHistogram(text, name, labels, point);
                continue;
            }

            var value = metric.MetricType switch
            {
                MetricType.LongSum or MetricType.LongSumNonMonotonic => point.GetSumLong(),
                MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic => point.GetSumDouble(),
                MetricType.LongGauge => point.GetGaugeLastValueLong(),
                MetricType.DoubleGauge => point.GetGaugeLastValueDouble(),
                _ => double.NaN,
            };
            if (!double.IsNaN(value))
            {
                Sample(text, name, labels, value);
            }
        }
    }

    private static void WriteHistogram(StringBuilder text, string name, List<string> labels, in MetricPoint point)
    {
        long cumulative = 0;
        foreach (var bucket in point.GetHistogramBuckets())
        {
            cumulative += bucket.BucketCount;
            var le = double.IsPositiveInfinity(bucket.ExplicitBound) ? "+Inf" : Format(bucket.ExplicitBound);
            Sample(text, name + "_bucket", [.. labels, $"le=\"{le}\""], cumulative);
        }

        Sample(text, name + "_sum", labels, point.GetHistogramSum());
        Sample(text, name + "_count", labels, point.GetHistogramCount());
    }

    private static List<string> Labels(ReadOnlyTagCollection tags)
    {
        var labels = new List<string>();
        foreach (var tag in tags)
        {
            labels.Add($"{Sanitize(tag.Key)}=\"{Escape(Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? string.Empty)}\"");
        }

        return labels;
    }

    private static void Sample(StringBuilder text, string name, List<string> labels, double value)
    {
        text.Append(name);
        if (labels.Count > 0)
        {
            text.Append('{').AppendJoin(',', labels).Append('}');
        }

        text.Append(' ').Append(Format(value)).Append('\n');
    }

    private static string Format(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>Prometheus names allow <c>[a-zA-Z_:][a-zA-Z0-9_:]*</c>; dots and dashes become underscores.</summary>
    internal static string Sanitize(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':' ? c : '_').ToArray();
        return char.IsAsciiDigit(chars[0]) ? "_" + new string(chars) : new string(chars);
    }

    private static string Escape(string? text) =>
        (text ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
