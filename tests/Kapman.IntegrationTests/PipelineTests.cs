using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kapman.IntegrationTests;

/// <summary>The first pipeline run of 2025-08-26 over the bundled sample, checked against the data itself.</summary>
public class PipelineTests
{
    [Test]
    public void Every_stage_succeeds_with_counts_that_match_the_data()
    {
        var run = Suite.FirstRun;

        Assert.That(run.GetProperty("status").GetString(), Is.EqualTo("succeeded"), run.ToString());
        // The sample's 2025-08-26 file has 67 tickers (deploy/make-sample.py; zcat | wc -l = 68 with header),
        // and the SPY chain snapshot has 7,011 contracts (../shared/data/README.md).
        Assert.That(Suite.Stage(run, "ingestion").GetProperty("count").GetInt32(), Is.EqualTo(67));
        Assert.That(Suite.Stage(run, "metrics").GetProperty("count").GetInt32(), Is.EqualTo(67));
        Assert.That(Suite.Stage(run, "options").GetProperty("count").GetInt32(), Is.EqualTo(7011));
        Assert.That(Suite.Stage(run, "wyckoff").GetProperty("count").GetInt32(), Is.EqualTo(67));
        foreach (var stage in run.GetProperty("stages").EnumerateArray())
        {
            Assert.That(stage.GetProperty("durationMs").GetInt64(), Is.GreaterThanOrEqualTo(0), stage.ToString());
        }
    }

    [Test]
    public async Task Sma20_of_spy_equals_the_mean_of_its_last_20_closes_in_the_session_files()
    {
        var closes = SpyClosesUpTo(TestData.Session, 20);
        var rows = await Suite.Gateway.GetFromJsonAsync<JsonElement>("/api/metrics/indicators?session=2025-08-26&ticker=SPY");

        Assert.That(rows.GetArrayLength(), Is.EqualTo(1));
        Assert.That(rows[0].GetProperty("sma20").GetDouble(), Is.EqualTo(closes.Average()).Within(1e-9));
    }

    [Test]
    public async Task Every_ticker_with_a_chain_or_an_alert_gets_a_trade_or_a_reasoned_no_trade()
    {
        var expected = await Suite.CountAsync(
            """
            SELECT count(*) FROM (SELECT underlying FROM options.dealer_metrics WHERE as_of = '2025-08-26'
                                  UNION SELECT ticker FROM wyckoff.alerts WHERE session_date = '2025-08-26') t
            """);
        var recommendations = await Suite.Gateway.GetFromJsonAsync<JsonElement>("/api/recommendation/recommendations?session=2025-08-26");

        Assert.That(recommendations.GetArrayLength(), Is.EqualTo(expected));
        Assert.That(recommendations.EnumerateArray().Select(r => r.GetProperty("ticker").GetString()), Does.Contain("SPY"));
        foreach (var r in recommendations.EnumerateArray().Where(r => r.GetProperty("status").GetString() == "NO_TRADE"))
        {
            Assert.That(r.GetProperty("noTradeReason").GetString(), Is.Not.Empty, r.ToString());
        }
    }

    [Test]
    public async Task Each_alert_was_emailed_once_and_the_run_summary_once()
    {
        var alerts = await Suite.Gateway.GetFromJsonAsync<JsonElement>("/api/wyckoff/alerts?session=2025-08-26");
        var messages = await Suite.Gateway.GetFromJsonAsync<JsonElement>("/api/notification/messages?limit=500");
        var forSession = messages.EnumerateArray().Where(m => m.GetProperty("sessionDate").GetString() == "2025-08-26").ToList();

        Assert.That(forSession.Count(m => m.GetProperty("kind").GetString() == "RUN_SUMMARY"), Is.EqualTo(1));
        foreach (var alert in alerts.EnumerateArray())
        {
            var ticker = alert.GetProperty("ticker").GetString();
            var kind = alert.GetProperty("kind").GetString();
            Assert.That(forSession.Count(m => m.GetProperty("ticker").GetString() == ticker && m.GetProperty("kind").GetString() == kind), Is.EqualTo(1), $"{kind} {ticker}");
        }

        Assert.That(forSession.All(m => m.GetProperty("status").GetString() == "SENT"), Is.True, "an SMTP server is configured, so every message is SENT");
    }

    private static List<double> SpyClosesUpTo(DateOnly session, int count)
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "data", "sample", "flatfiles"), "*.csv.gz", SearchOption.AllDirectories)
            .Where(f => DateOnly.ParseExact(Path.GetFileName(f)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) <= session)
            .Order(StringComparer.Ordinal).TakeLast(count);
        return files.Select(f =>
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(f), CompressionMode.Decompress));
            var line = reader.ReadToEnd().Split('\n').Single(l => l.StartsWith("SPY,", StringComparison.Ordinal));
            return double.Parse(line.Split(',')[3], CultureInfo.InvariantCulture);
        }).ToList();
    }
}
