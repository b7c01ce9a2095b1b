using System.Text.Json;
using Kapman.Cli.Bench;

namespace Kapman.Cli.Tests;

/// <summary>The bench pages maths: nearest-rank percentiles, the per-page figures and the Server-Timing reading, against values worked by hand.</summary>
public class PageBenchMathTests
{
    private static readonly BenchPage Today = new("Today", "/");

    [Test]
    public void Percentile_takes_the_ceiling_rank_of_the_sorted_samples()
    {
        // Sorted: 10 20 30 40 50 60 70 80 90 100. p50: ceil(0.5*10)=5th = 50; p95: ceil(9.5)=10th = 100; p10: 1st = 10.
        double[] samples = [70, 10, 100, 40, 20, 90, 30, 60, 80, 50];

        Assert.Multiple(() =>
        {
            Assert.That(PageTimings.Percentile(samples, 0.50), Is.EqualTo(50));
            Assert.That(PageTimings.Percentile(samples, 0.95), Is.EqualTo(100));
            Assert.That(PageTimings.Percentile(samples, 0.10), Is.EqualTo(10));
            Assert.That(PageTimings.Percentile(samples, 1.0), Is.EqualTo(100));
        });
    }

    [Test]
    public void Percentile_of_twenty_samples_is_the_nineteenth_not_the_twentieth()
    {
        // 1..20: 0.95*20 = 19 exactly, so p95 is the 19th value (19), even though 0.95 is not exact in binary.
        var samples = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();

        Assert.That(PageTimings.Percentile(samples, 0.95), Is.EqualTo(19));
    }

    [Test]
    public void Percentile_of_one_sample_is_that_sample_and_of_none_is_NaN()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PageTimings.Percentile([42.5], 0.5), Is.EqualTo(42.5));
            Assert.That(PageTimings.Percentile([42.5], 0.95), Is.EqualTo(42.5));
            Assert.That(PageTimings.Percentile([], 0.95), Is.NaN);
        });
    }

    [TestCase(0.0)]
    [TestCase(1.01)]
    public void Percentile_rejects_a_fraction_outside_zero_to_one(double fraction) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PageTimings.Percentile([1.0], fraction));

    [Test]
    public void From_reports_p50_p95_max_mean_size_and_failures()
    {
        // Times 12, 8, 30, 15 ms -> sorted 8 12 15 30: p50 = ceil(2)=2nd = 12, p95 = ceil(3.8)=4th = 30, max 30.
        // Sizes 1000, 1001, 1001, 1001 -> mean 1000.75 -> 1001.
        PageSample[] samples =
        [
            new(12, 1000, TimeSource.Client),
            new(8, 1001, TimeSource.Client),
            new(30, 1001, TimeSource.Client),
            new(15, 1001, TimeSource.Client),
        ];

        var timings = PageTimings.From(Today, samples, failures: 2);

        Assert.That(timings, Is.EqualTo(new PageTimings(Today, 4, 2, 12, 30, 30, 1001, TimeSource.Client)));
    }

    [Test]
    public void From_calls_the_clock_server_only_when_every_sample_had_Server_Timing()
    {
        PageSample[] mixed = [new(5, 10, TimeSource.Server), new(6, 10, TimeSource.Client)];
        PageSample[] server = [new(5, 10, TimeSource.Server), new(6, 10, TimeSource.Server)];

        Assert.Multiple(() =>
        {
            Assert.That(PageTimings.From(Today, mixed, 0).Source, Is.EqualTo(TimeSource.Client));
            Assert.That(PageTimings.From(Today, server, 0).Source, Is.EqualTo(TimeSource.Server));
        });
    }

    [Test]
    public void From_without_samples_has_no_figures_and_misses_the_goal()
    {
        var timings = PageTimings.From(Today, [], failures: 3);

        Assert.Multiple(() =>
        {
            Assert.That(timings.P95, Is.NaN);
            Assert.That(timings.MeanBytes, Is.Zero);
            Assert.That(BenchReport.MeetsGoal(timings), Is.False);
            Assert.That(BenchReport.Row(timings)[5], Is.EqualTo("-"));
        });
    }

    [Test]
    public void Report_row_formats_ms_with_one_decimal_and_checks_the_100_ms_goal()
    {
        var fast = new PageTimings(Today, 50, 0, 12.345, 99.94, 250.0, 123456, TimeSource.Client);
        var slow = fast with { P95 = 100.0 };

        Assert.Multiple(() =>
        {
            Assert.That(BenchReport.Row(fast), Is.EqualTo(new[] { "Today", "/", "50", "0", "12.3", "99.9", "250.0", "123,456", "client", "yes" }));
            Assert.That(BenchReport.Row(slow)[^1], Is.EqualTo("NO"));
        });
    }

    [TestCase("total;dur=12.5", 12.5)]
    [TestCase("db;dur=3, total;dur=41.25;desc=\"page\"", 41.25)]
    [TestCase("cache;desc=hit, app;dur=7", 7.0)]
    [TestCase("TOTAL; dur = 9", 9.0)]
    public void Server_timing_prefers_total_else_the_first_duration(string header, double expected) =>
        Assert.That(ServerTiming.Duration([header]), Is.EqualTo(expected));

    [TestCase("cache;desc=hit")]
    [TestCase("total;dur=abc")]
    [TestCase("")]
    public void Server_timing_without_a_readable_duration_is_null(string header) =>
        Assert.That(ServerTiming.Duration([header]), Is.Null);

    [Test]
    public void Targets_pick_the_ticker_with_most_events_other_than_SPY_and_an_issued_recommendation()
    {
        using var snapshots = JsonDocument.Parse("""
            [ { "ticker": "SPY", "events": [{}, {}, {}] },
              { "ticker": "XLE", "events": [{}, {}] },
              { "ticker": "AAPL", "events": [{}, {}] },
              { "ticker": "QQQ", "events": [] } ]
            """);
        using var recommendations = JsonDocument.Parse("""
            [ { "id": "11111111-1111-1111-1111-111111111111", "status": "NO_TRADE" },
              { "id": "22222222-2222-2222-2222-222222222222", "status": "ISSUED" } ]
            """);

        var ticker = BenchTargets.TickerWithMostEvents(snapshots.RootElement);
        var id = BenchTargets.FirstRecommendationId(recommendations.RootElement);
        var paths = BenchTargets.Pages(ticker, id).Select(p => p.Path);

        Assert.Multiple(() =>
        {
            Assert.That(ticker, Is.EqualTo("AAPL"));
            Assert.That(id, Is.EqualTo(Guid.Parse("22222222-2222-2222-2222-222222222222")));
            Assert.That(paths, Is.EqualTo(new[]
            {
                "/", "/ticker/SPY", "/ticker/SPY/chart.json", "/ticker/AAPL", "/ticker/AAPL/chart.json",
                "/ops", "/portfolios", "/watchlists", "/accuracy", "/recommendations/22222222-2222-2222-2222-222222222222",
            }));
        });
    }

    [Test]
    public void Targets_leave_out_pages_whose_data_is_missing()
    {
        using var empty = JsonDocument.Parse("[]");

        var paths = BenchTargets.Pages(BenchTargets.TickerWithMostEvents(empty.RootElement), BenchTargets.FirstRecommendationId(empty.RootElement))
            .Select(p => p.Path);

        Assert.That(paths, Is.EqualTo(new[] { "/", "/ticker/SPY", "/ticker/SPY/chart.json", "/ops", "/portfolios", "/watchlists", "/accuracy" }));
    }
}
