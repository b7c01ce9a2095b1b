using System.Globalization;
using System.IO.Compression;
using System.Text;
using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Tests;

/// <summary>Writes day_aggs_v1 session files into a temporary data root (<c>flatfiles/us_stocks_sip/day_aggs_v1/...</c>).</summary>
public sealed class TestFlatFiles : IDisposable
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The data root (a fresh temporary directory).</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("kapman-ingestion-").FullName;

    /// <summary>Writes the session file of <paramref name="session"/> with one row per bar (its window_start is New York midnight).</summary>
    public void Write(DateOnly session, IEnumerable<DailyBar> bars)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(session.ToDateTime(TimeOnly.MinValue), NewYork);
        var ns = new DateTimeOffset(start).ToUnixTimeMilliseconds() * 1_000_000;
        var text = new StringBuilder(SessionFileLayout.Header).Append('\n');
        foreach (var b in bars)
        {
            text.Append(CultureInfo.InvariantCulture, $"{b.Ticker},{b.Volume},{b.Open:R},{b.Close:R},{b.High:R},{b.Low:R},{ns},{b.Transactions}\n");
        }

        WriteRaw(session, Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Writes <paramref name="plain"/> gzip-compressed as the file of <paramref name="session"/>.</summary>
    public void WriteRaw(DateOnly session, byte[] plain)
    {
        var path = Path.Combine(Root, "flatfiles", SessionFileLayout.RelativePath(session));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(plain);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Root, true);
}
