using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Kapman.MarketData;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// The incremental history analysis (each ticker's series analysed once over the range, <see cref="WyckoffSeriesAnalyzer"/>, in
/// batches of <see cref="WyckoffHistory.SessionsPerCommit"/> sessions as the job runs) gives, for every session of the bundled
/// data set (data/sample: 290 sessions 2024-07-01..2025-08-26, 67 tickers, 19,430 bars), exactly the snapshots the daily step's
/// per-session analysis gives on that session's 200-day histories (<see cref="WyckoffDailyStep.Analyze"/> on
/// <see cref="HistoryWindows.Of"/>): every score, event, phase and checklist reason, compared as JSON (doubles round-trip, so
/// equal text is equal bits). The first sessions have short histories (the data starts 2024-07-01), so histories that start
/// at the series' first bar, grow, and then slide are all covered, as are the insufficient-history snapshots.
/// </summary>
[TestFixture]
public sealed class HistoryEqualsDailyAnalysisTests
{
    [Test]
    public void Every_session_of_the_sample_equals_the_per_session_analysis()
    {
        var bars = SampleBars();
        var sessions = HistoryWindows.Sessions(bars, DateOnly.MinValue, DateOnly.MaxValue);
        var analyzers = WyckoffHistory.Analyzers(bars, WyckoffParameters.Default);
        var incremental = sessions.Chunk(WyckoffHistory.SessionsPerCommit)
            .SelectMany(batch => WyckoffHistory.Analyze(bars, analyzers, batch))
            .Select(Json).ToArray();

        var daily = sessions
            .SelectMany(s => WyckoffDailyStep.Analyze(HistoryWindows.Of(bars, s, WyckoffDailyStep.LookbackCalendarDays), WyckoffParameters.Default))
            .Select(Json).ToArray();

        var firstDifference = Enumerable.Range(0, incremental.Length).FirstOrDefault(i => i >= daily.Length || incremental[i] != daily[i], -1);
        Assert.Multiple(() =>
        {
            Assert.That(sessions, Has.Length.EqualTo(290));
            Assert.That(daily, Has.Length.EqualTo(19_430), "one snapshot per stored bar");
            Assert.That(incremental, Has.Length.EqualTo(daily.Length));
            Assert.That(firstDifference, Is.EqualTo(-1), () => $"first difference: {incremental[firstDifference]}\nvs daily {daily[firstDifference]}");
            Assert.That(daily.Count(s => s.Contains("\"Code\":\"SC\"", StringComparison.Ordinal)), Is.GreaterThan(0), "the comparison covers SC events");
            Assert.That(daily.Count(s => s.Contains("insufficient history", StringComparison.Ordinal)), Is.GreaterThan(0), "and short histories");
        });
    }

    private static string Json(WyckoffSnapshot snapshot) => JsonSerializer.Serialize(snapshot);

    /// <summary>Every bar of data/sample's day-aggregate files, one ascending array per ticker.</summary>
    internal static Dictionary<string, Bar[]> SampleBars()
    {
        var byTicker = new Dictionary<string, List<Bar>>(StringComparer.Ordinal);
        var root = Path.Combine(RepoFiles.Root, "data", "sample", "flatfiles", "us_stocks_sip", "day_aggs_v1");
        foreach (var path in Directory.GetFiles(root, "*.csv.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var session = DateOnly.ParseExact(Path.GetFileName(path)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            DayAggregateReader.Read(reader, session, byTicker, null);
        }

        return byTicker.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
