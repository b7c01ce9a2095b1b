using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// The Backtests pages rendered from the recommendation API's backtests (<see cref="StubBacktests"/>, the hand-made run of
/// Fixtures/backtest-run.json): the run's headline, by-strategy and by-underlying tables, the equity and drawdown charts (axis labels are
/// the series' extremes: equity 99,500 .. 100,150 $, drawdown −0.50 .. 0.00 %), the trades, and the model-priced label on every table,
/// chart and trade; the keyed form that starts a run.
/// </summary>
[TestFixture]
public sealed class BacktestPagesTests
{
    private const string ApiKey = "backtest-key";
    private StubGateway gateway = null!;
    private KapmanWebFactory factory = null!;
    private HttpClient client = null!;
    private TodayPage page = null!;

    [OneTimeSetUp]
    public async Task Render()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        factory = new KapmanWebFactory(gateway.Url, apiKey: ApiKey);
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        page = await TodayPage.LoadAsync(client, "/backtests/" + StubBacktests.RunId);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }
    }

    [Test]
    public void The_title_and_notice_say_the_run_is_model_priced()
    {
        Assert.That(page.Text("//h1[@id='backtest-title']"), Is.EqualTo("Backtest: credit_call_spread on SPY, 2015-01-02 to 2015-02-02 (model-priced)"));
        Assert.That(page.Text("//p[@id='model-priced-notice']"), Does.StartWith("Every chain in this run is model-priced"));
        Assert.That(page.Text("//dd[@id='backtest-counts']"), Is.EqualTo("3 · 2 · 2 (at the position cap 0, without a VIX close 0)"));
        Assert.That(page.Text("//dd[@id='backtest-rejections']"), Is.EqualTo("E 1"));
        Assert.That(gateway.Requested, Does.Contain($"/api/recommendation/backtests/{StubBacktests.RunId}?page=1&pageSize=50"));
    }

    [Test]
    public void The_headline_shows_every_measure()
    {
        var row = "//section[@id='metrics-overall']//tbody/tr[@data-key='all']";
        Assert.That(page.Text("//section[@id='metrics-overall']/h2"), Is.EqualTo("Headline (model-priced)"));
        Assert.That(page.Texts(row + "/td"), Is.EqualTo(new[]
        {
            "all (model-priced)", "2", "50.00 %", "250.00", "-100.00", "2.50", "150.00", "1.20", "2.50", "3.25", "0.50 %", "1.25 %", "14.5",
        }));
    }

    [Test]
    public void The_tables_by_strategy_and_by_underlying_are_labelled_model_priced()
    {
        Assert.That(page.Text("//section[@id='metrics-by-strategy']/h2"), Is.EqualTo("By strategy (model-priced); realised equity"));
        Assert.That(page.Text("//section[@id='metrics-by-strategy']//tr[@data-key='credit_call_spread']/td[@class='group']"), Is.EqualTo("credit_call_spread (model-priced)"));
        Assert.That(page.Text("//section[@id='metrics-by-strategy']//tr[@data-key='credit_call_spread']/td[@class='sharpe']"), Is.EqualTo("0.75"));
        Assert.That(page.Text("//section[@id='metrics-by-underlying']/h2"), Is.EqualTo("By underlying (model-priced); realised equity"));
        Assert.That(page.Text("//section[@id='metrics-by-underlying']//tr[@data-key='SPY']/td[@class='group']"), Is.EqualTo("SPY (model-priced)"));
        Assert.That(page.Text("//section[@id='metrics-by-underlying']//tr[@data-key='SPY']/td[@class='profit-factor']"), Is.EqualTo("n/a (no loss)"));
        Assert.That(page.Text("//section[@id='metrics-by-underlying']//tr[@data-key='SPY']/td[@class='max-drawdown']"), Is.EqualTo("0.10 %"));
    }

    [Test]
    public void The_equity_chart_spans_the_equity_and_says_model_priced()
    {
        var chart = "//figure[@id='equity-chart']";
        Assert.That(page.Attribute(chart, "data-pricing"), Is.EqualTo("model-priced"));
        Assert.That(page.Text(chart + "/figcaption"), Is.EqualTo("Equity, $ (model-priced)"));
        Assert.That(page.Text(chart + "//*[@class='y-max']"), Is.EqualTo("100,150"));
        Assert.That(page.Text(chart + "//*[@class='y-min']"), Is.EqualTo("99,500"));
        // Three sessions over 31 days on an 860 px wide, 248 px high plot from (80, 36): 100,000 sits 150 / 650 of the height below the
        // top (36 + 248 × 150 / 650 = 93.2); 2015-01-05 is 3 days in (80 + 860 × 3 / 31 = 163.2), at the minimum.
        Assert.That(page.Attribute(chart + "//*[@class='series']", "points"), Is.EqualTo("80.0,93.2 163.2,284.0 940.0,36.0"));
    }

    [Test]
    public void The_drawdown_chart_spans_the_drawdown_in_percent_and_says_model_priced()
    {
        var chart = "//figure[@id='drawdown-chart']";
        Assert.That(page.Attribute(chart, "data-pricing"), Is.EqualTo("model-priced"));
        Assert.That(page.Text(chart + "/figcaption"), Is.EqualTo("Drawdown, % (model-priced)"));
        Assert.That(page.Text(chart + "//*[@class='y-max']"), Is.EqualTo("0.00"));
        Assert.That(page.Text(chart + "//*[@class='y-min']"), Is.EqualTo("-0.50"));
        Assert.That(page.Attribute(chart + "//*[@class='series']", "points"), Is.EqualTo("80.0,36.0 163.2,284.0 940.0,36.0"));
    }

    [Test]
    public void Every_trade_is_labelled_model_priced()
    {
        Assert.That(page.Text("//section[@id='backtest-trades']/h2"), Is.EqualTo("Trades (2)"));
        Assert.That(page.Texts("//section[@id='backtest-trades']//tbody/tr/td[@class='pricing']"), Is.EqualTo(new[] { "model-priced", "model-priced" }));
        Assert.That(page.Texts("//section[@id='backtest-trades']//tbody/tr/td[@class='pnl']"), Is.EqualTo(new[] { "250.00", "-100.00" }));
        Assert.That(page.Text("//tr[@data-trade='1']/td[@class='legs']"), Is.EqualTo("-SPY150220C00215000 +SPY150220C00220000"));
    }

    [Test]
    public async Task The_list_links_the_run_with_its_pricing_and_offers_a_keyed_form()
    {
        var list = await TodayPage.LoadAsync(client, "/backtests");

        Assert.That(list.Attribute($"//tr[@data-id='{StubBacktests.RunId}']//a", "href"), Is.EqualTo("/backtests/" + StubBacktests.RunId));
        Assert.That(list.Text($"//tr[@data-id='{StubBacktests.RunId}']/td[@class='pricing']"), Is.EqualTo("model-priced"));
        Assert.That(list.Attribute("//form[@action='/backtests/start']//input[@name='apiKey']", "type"), Is.EqualTo("password"));
        Assert.That(list.Attribute("//nav//a[@href='/backtests']", "href"), Is.EqualTo("/backtests"));
        list.AssertEveryFieldLabelled();
    }

    [Test]
    public async Task Starting_a_run_with_the_key_posts_it_and_opens_its_page()
    {
        using var form = new FormUrlEncodedContent([
            new("strategy", "iron_condor"), new("underlying", "SPY"), new("from", "2019-01-02"), new("to", "2019-06-28"), new("minEvNet", "-1000"), new("apiKey", ApiKey)]);

        using var response = await client.PostAsync(new Uri("/backtests/start", UriKind.Relative), form);

        Assert.That((int)response.StatusCode, Is.EqualTo(302));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/backtests/" + StubBacktests.StartedId));
        var (body, key) = gateway.Backtests.Posts.Last(p => (string?)p.Body?["underlying"] == "SPY");
        Assert.That(((string?)body!["strategy"], (string?)body["from"], (string?)body["to"], (double?)body["minEvNet"], key),
            Is.EqualTo(("iron_condor", "2019-01-02", "2019-06-28", (double?)-1000, ApiKey)));
    }

    [Test]
    public async Task A_refused_run_comes_back_with_the_services_reason()
    {
        using var form = new FormUrlEncodedContent([new("strategy", "iron_condor"), new("underlying", "BAD"), new("from", "2019-01-02"), new("to", "2019-06-28"), new("apiKey", ApiKey)]);

        using var response = await client.PostAsync(new Uri("/backtests/start", UriKind.Relative), form);

        Assert.That(Uri.UnescapeDataString(response.Headers.Location!.OriginalString), Is.EqualTo(
            "/backtests?error=recommendation answered HTTP 400: One or more validation errors occurred. no stored daily bars for BAD under the backtest data root."));
    }

    [Test]
    public async Task A_wrong_key_starts_nothing()
    {
        var before = gateway.Backtests.Posts.Count;
        using var form = new FormUrlEncodedContent([new("strategy", "iron_condor"), new("underlying", "QQQ"), new("from", "2019-01-02"), new("to", "2019-06-28"), new("apiKey", "wrong")]);

        using var response = await client.PostAsync(new Uri("/backtests/start", UriKind.Relative), form);

        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/backtests?error=wrong%20API%20key"));
        Assert.That(gateway.Backtests.Posts, Has.Count.EqualTo(before));
    }
}
