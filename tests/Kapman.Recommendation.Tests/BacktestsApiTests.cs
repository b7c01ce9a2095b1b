using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kapman.Recommendation.Backtest.Analytics;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Backtest.History;
using Kapman.Recommendation.Backtests;
using Kapman.Recommendation.Data;
using Kapman.Recommendation.Decision.Structures;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// <c>POST /backtests</c>, <c>GET /backtests</c> and <c>GET /backtests/{id}</c> on the real service (real PostgreSQL, RabbitMQ): a run
/// over SPY's stored 2019 history stores the same report, equity series and trades as the backtester computes on the same files in
/// this test (<see cref="BacktestRunner"/> and <see cref="PerformanceAnalyzer"/>, as <c>kapman backtest</c> runs them), every trade and
/// figure labelled model-priced; bad input is a validation problem, a call without the gateway's credential a 401.
/// </summary>
[NonParallelizable]
public sealed class BacktestsApiTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private BacktestServiceHost host = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        host = await BacktestServiceHost.StartAsync();
        client = host.CreateClient();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        client?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    [Test]
    public async Task A_posted_run_stores_the_report_series_and_trades_the_backtester_computes_on_the_same_files()
    {
        // EV_net's floor off (as the documented ten-year run, docs/domain/decision-engine.md): with the live floor a model-priced
        // chain gives no trade. Six months of SPY credit call spreads, 2014-09-02 .. 2015-02-27, which hold wins and a loss.
        var posted = await client.PostAsJsonAsync("/backtests", new { strategy = "credit_call_spread", underlying = "spy", from = "2014-09-02", to = "2015-02-27", minEvNet = -1000 });
        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await posted.Content.ReadAsStringAsync());
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.That(posted.Headers.Location!.ToString(), Is.EqualTo($"backtests/{id:D}"));
        await host.Services.GetRequiredService<BacktestJobs>().CompletionOf(id);

        var expected = Expected(new DateOnly(2014, 9, 2), new DateOnly(2015, 2, 27), -1000);
        var report = PerformanceAnalyzer.Analyze(expected.Trades, expected.Equity, expected.Settings.InitialCapital, expected.Settings.SharpeRiskFreeRate);
        var detail = (await client.GetFromJsonAsync<BacktestDetailDto>($"/backtests/{id:D}?pageSize=1000", Json))!;
        var run = detail.Run;

        TestContext.Out.WriteLine($"{expected.Trades.Count} trades, P&L {report.Overall.Stats.TotalPnlUsd:0.00}, sessions {expected.Equity.Count}");
        Assert.That(expected.Trades.Count(t => t.PnlUsd > 0), Is.GreaterThan(0), "the window must hold wins for the comparison to mean something");
        Assert.That(expected.Trades.Count(t => t.PnlUsd < 0), Is.GreaterThan(0), "and a loss");
        Assert.That((run.Status, run.Error, run.Pricing, run.Strategy, run.Underlying), Is.EqualTo(("succeeded", (string?)null, "model-priced", "credit_call_spread", "SPY")));
        Assert.That((run.Sessions, run.Decisions, run.Accepted, run.SessionsAtCap, run.SessionsWithoutVix),
            Is.EqualTo(((int?)expected.Equity.Count, (int?)expected.Decisions, (int?)expected.Accepted, (int?)expected.SessionsAtCap, (int?)expected.SessionsWithoutVix)));
        Assert.That(run.RejectionsByStage, Is.EquivalentTo(expected.RejectionsByStage));
        Assert.That(run.StartedAt, Is.Not.Null.And.GreaterThanOrEqualTo(run.RequestedAt));
        Assert.That(run.FinishedAt, Is.Not.Null.And.GreaterThanOrEqualTo(run.StartedAt));
        Assert.That(run.MaxDrawdownUsd, Is.EqualTo(report.MaxDrawdownUsd).Within(1e-9));
        Assert.That(run.MaxDrawdownDays, Is.EqualTo(report.MaxDrawdownDays));

        AssertGroup(run.Overall!, "overall", report.Overall);
        Assert.That(detail.ByStrategy.Select(g => g.Key), Is.EqualTo(report.ByStrategy.Select(g => g.Key)));
        Assert.That(detail.ByUnderlying.Select(g => g.Key), Is.EqualTo(new[] { "SPY" }));
        foreach (var (stored, computed) in detail.ByStrategy.Zip(report.ByStrategy).Concat(detail.ByUnderlying.Zip(report.ByUnderlying)))
        {
            AssertGroup(stored, stored.Scope, computed);
        }

        // The outside check: nothing is open after the last session, so the final equity is the capital plus every trade's P&L.
        Assert.That(detail.Equity[^1].Equity, Is.EqualTo(100_000 + expected.Trades.Sum(t => t.PnlUsd)).Within(1e-6));
        Assert.That(detail.Equity.Select(p => p.Date), Is.EqualTo(expected.Equity.Select(p => p.Date)));
        Assert.That(detail.Equity.Select(p => p.Equity), Is.EqualTo(expected.Equity.Select(p => p.Equity)).Within(1e-9));
        Assert.That(detail.Equity.Select(p => p.Drawdown), Is.EqualTo(report.Drawdown).Within(1e-12));
        Assert.That(detail.Equity.Select(p => p.OpenPositions), Is.EqualTo(expected.Equity.Select(p => p.OpenPositions)));

        Assert.That(detail.TradesTotal, Is.EqualTo(expected.Trades.Count));
        Assert.That(detail.Trades.Select(t => (t.TradeNo, t.EntryDate, t.ExitDate, t.Units)),
            Is.EqualTo(expected.Trades.Select(t => (t.Position.Id, t.Position.EntryDate, t.ExitDate, t.Position.Units))));
        Assert.That(detail.Trades.Select(t => t.Pnl), Is.EqualTo(expected.Trades.Select(t => t.PnlUsd)).Within(1e-9));
        Assert.That(detail.Trades.Select(t => t.Pricing), Is.All.EqualTo("model-priced"));
        Assert.That(detail.Trades.Select(t => t.Legs.Split(' ').Length), Is.All.EqualTo(2), "a vertical has two legs");
        Assert.That(detail.Trades.Select(t => t.Strategy), Is.All.EqualTo("credit_call_spread"));

        var second = (await client.GetFromJsonAsync<BacktestDetailDto>($"/backtests/{id:D}?page=2&pageSize=1", Json))!;
        Assert.That((second.Page, second.PageSize, second.TradesTotal), Is.EqualTo((2, 1, expected.Trades.Count)));
        Assert.That(second.Trades.Select(t => t.TradeNo), Is.EqualTo(expected.Trades.Count > 1 ? new[] { 2 } : Array.Empty<int>()));

        var listed = (await client.GetFromJsonAsync<List<BacktestRunDto>>("/backtests", Json))!;
        var row = listed.Single(r => r.Id == id);
        Assert.That((row.Status, row.Overall!.Trades, row.Overall.TotalPnl), Is.EqualTo(("succeeded", expected.Trades.Count, report.Overall.Stats.TotalPnlUsd)).Using<(string, int, double)>(
            (a, b) => a.Item1 == b.Item1 && a.Item2 == b.Item2 && Math.Abs(a.Item3 - b.Item3) < 1e-6));
    }

    [TestCase("""{"strategy":"short_strangle","underlying":"SPY","from":"2019-01-02","to":"2019-03-29"}""", "strategy")]
    [TestCase("""{"strategy":"iron_condor","underlying":"NOPE","from":"2019-01-02","to":"2019-03-29"}""", "underlying")]
    [TestCase("""{"strategy":"iron_condor","underlying":"SPY;DROP","from":"2019-01-02","to":"2019-03-29"}""", "underlying")]
    [TestCase("""{"strategy":"iron_condor","underlying":"SPY","from":"2019-02-30","to":"2019-03-29"}""", "from")]
    [TestCase("""{"strategy":"iron_condor","underlying":"SPY","from":"2019-03-29","to":"2019-01-02"}""", "to")]
    [TestCase("""{"strategy":"iron_condor","underlying":"SPY","from":"2019-01-02"}""", "to")]
    public async Task Bad_input_is_a_validation_problem_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/backtests", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task A_bad_page_is_a_validation_problem_and_an_unknown_run_a_404()
    {
        Assert.That((await client.GetAsync($"/backtests/{Guid.NewGuid():D}?page=0")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await client.GetAsync($"/backtests/{Guid.NewGuid():D}?pageSize=5000")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var missing = await client.GetAsync($"/backtests/{Guid.NewGuid():D}");
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Without_the_gateway_credential_a_run_is_refused_with_401_and_nothing_is_stored()
    {
        using var bare = host.Server.CreateClient();
        var before = (await client.GetFromJsonAsync<List<BacktestRunDto>>("/backtests", Json))!.Count;

        var response = await bare.PostAsJsonAsync("/backtests", new { strategy = "iron_condor", underlying = "SPY", from = "2019-01-02", to = "2019-01-31" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await client.GetFromJsonAsync<List<BacktestRunDto>>("/backtests", Json))!, Has.Count.EqualTo(before));
    }

    private static void AssertGroup(BacktestMetricsDto stored, string scope, GroupPerformance computed)
    {
        Assert.Multiple(() =>
        {
            Assert.That((stored.Scope, stored.Key, stored.Pricing), Is.EqualTo((scope, computed.Key, "model-priced")));
            Assert.That((stored.Trades, stored.Wins, stored.Losses), Is.EqualTo((computed.Stats.Trades, computed.Stats.Wins, computed.Stats.Losses)));
            Assert.That(stored.WinRate, Is.EqualTo(computed.Stats.WinRate).Within(1e-12));
            Assert.That(stored.AverageWin, Is.EqualTo(computed.Stats.AverageWinUsd).Within(1e-9));
            Assert.That(stored.AverageLoss, Is.EqualTo(computed.Stats.AverageLossUsd).Within(1e-9));
            Assert.That(stored.ProfitFactor, Is.EqualTo(computed.Stats.ProfitFactor).Within(1e-12));
            Assert.That(stored.TotalPnl, Is.EqualTo(computed.Stats.TotalPnlUsd).Within(1e-9));
            Assert.That(stored.AverageDaysHeld, Is.EqualTo(computed.Stats.AverageDaysHeld).Within(1e-12));
            Assert.That(stored.Sharpe, Is.EqualTo(computed.Sharpe).Within(1e-12));
            Assert.That(stored.Sortino, Is.EqualTo(computed.Sortino).Within(1e-12));
            Assert.That(stored.Calmar, Is.EqualTo(computed.Calmar).Within(1e-12));
            Assert.That(stored.MaxDrawdown, Is.EqualTo(computed.MaxDrawdown).Within(1e-12));
            Assert.That(stored.AnnualisedReturn, Is.EqualTo(computed.AnnualisedReturn).Within(1e-12));
        });
    }

    /// <summary>The backtester on the same files, read here without the service's loader, with the CLI's settings.</summary>
    private static BacktestResult Expected(DateOnly from, DateOnly to, double minEvNet)
    {
        using var gzip = new GZipStream(File.OpenRead(RepoFiles.SharedData("history", "lean_daily_raw", "SPY.csv.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        var (bars, _) = HistoryFiles.ParseLeanBars(lines);
        var sessions = HistoryFiles.Join(
            bars,
            HistoryFiles.ParseCboeCloses(File.ReadLines(RepoFiles.SharedData("volatility", "VIX_History.csv"))),
            HistoryFiles.ParseCboeCloses(File.ReadLines(RepoFiles.SharedData("volatility", "VIX3M_History.csv"))));
        var settings = BacktestSettings.Default("SPY", StructureType.CreditCallSpread, from, to);
        settings = settings with { Thresholds = settings.Thresholds with { Guard = settings.Thresholds.Guard with { MinEvNetUsd = minEvNet } } };
        return BacktestRunner.Run(sessions, settings);
    }
}
