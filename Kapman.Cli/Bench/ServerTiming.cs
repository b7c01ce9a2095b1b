using System.Globalization;

namespace Kapman.Cli.Bench;

/// <summary>
/// Reads a <c>Server-Timing</c> response header (W3C Server Timing, §3: <c>metric;dur=12.5;desc="..."</c>, metrics
/// separated by commas, <c>dur</c> in milliseconds).
/// </summary>
internal static class ServerTiming
{
    /// <summary>The metric preferred when several are present.</summary>
    public const string TotalMetric = "total";

    /// <summary>
    /// The duration in milliseconds of the metric named <see cref="TotalMetric"/>, else of the first metric that has
    /// a <c>dur</c>; null when no header value carries a readable <c>dur</c>.
    /// </summary>
    /// <param name="headerValues">Every value of the header (a response may repeat it).</param>
    public static double? Duration(IEnumerable<string> headerValues)
    {
        double? first = null;
        foreach (var metric in headerValues.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = metric.Split(';', StringSplitOptions.TrimEntries);
            var duration = parts.Skip(1).Select(Dur).FirstOrDefault(d => d is not null);
            if (duration is null)
            {
                continue;
            }

            if (string.Equals(parts[0], TotalMetric, StringComparison.OrdinalIgnoreCase))
            {
                return duration;
            }

            first ??= duration;
        }

        return first;
    }

    private static double? Dur(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0 || !string.Equals(parameter[..equals].Trim(), "dur", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return double.TryParse(parameter[(equals + 1)..].Trim().Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? ms : null;
    }
}
