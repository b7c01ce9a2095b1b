namespace Kapman.Web.Tests;

/// <summary>
/// The Today page's recommendation filters (plain GET form). Fixture: AAPL LONG_PUT BEARISH 0.72, MSFT LONG_CALL
/// BULLISH 0.55, TSLA LONG_PUT BEARISH 0.61, plus XLE NO_TRADE 0.4.
/// </summary>
[TestFixture]
public sealed class TodayFilterTests
{
    private StubGateway gateway = null!;
    private KapmanWebFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        factory = new KapmanWebFactory(gateway.Url);
        client = factory.CreateClient();
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

    [TestCase("/", new[] { "AAPL", "MSFT", "TSLA" }, "3 of 3 shown")]
    [TestCase("/?strategy=LONG_PUT", new[] { "AAPL", "TSLA" }, "2 of 3 shown")]
    [TestCase("/?direction=BULLISH", new[] { "MSFT" }, "1 of 3 shown")]
    [TestCase("/?minConfidence=0.6", new[] { "AAPL", "TSLA" }, "2 of 3 shown")]
    [TestCase("/?minConfidence=0.72", new[] { "AAPL" }, "1 of 3 shown")]
    [TestCase("/?strategy=LONG_PUT&direction=BEARISH&minConfidence=0.65", new[] { "AAPL" }, "1 of 3 shown")]
    [TestCase("/?strategy=&direction=&minConfidence=", new[] { "AAPL", "MSFT", "TSLA" }, "3 of 3 shown")]
    [TestCase("/?minConfidence=abc", new[] { "AAPL", "MSFT", "TSLA" }, "3 of 3 shown")]
    public async Task Filters_NarrowTheList(string path, string[] tickers, string count)
    {
        var page = await TodayPage.LoadAsync(client, path);

        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//section[@id='recommendations']//tbody/tr/td[@class='ticker']"), Is.EqualTo(tickers));
            Assert.That(page.Text("//p[@id='recommendation-count']"), Is.EqualTo(count));
        });
    }

    [Test]
    public async Task NoMatch_SaysSoAndKeepsTheNoTradeList()
    {
        var page = await TodayPage.LoadAsync(client, "/?direction=BULLISH&minConfidence=0.9");

        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//section[@id='recommendations']//tbody/tr"), Is.Empty);
            Assert.That(page.Texts("//section[@id='recommendations']/p[@class='notice']"), Does.Contain("No recommendation matches these filters"));
            Assert.That(page.Texts("//section[@id='no-trade']//li/span[@class='ticker']"), Is.EqualTo(new[] { "XLE" }));
        });
    }

    [Test]
    public async Task Form_KeepsTheChosenValuesAndOffersTheDistinctChoices()
    {
        var page = await TodayPage.LoadAsync(client, "/?strategy=LONG_CALL&minConfidence=0.5");

        Assert.Multiple(() =>
        {
            Assert.That(page.Attribute("//form[contains(@class,'filters')]", "method"), Is.EqualTo("get"));
            Assert.That(page.Attributes("//select[@id='filter-strategy']/option", "value"), Is.EqualTo(new[] { "", "LONG_CALL", "LONG_PUT" }));
            Assert.That(page.Attributes("//select[@id='filter-direction']/option", "value"), Is.EqualTo(new[] { "", "BEARISH", "BULLISH" }));
            Assert.That(page.Attributes("//select[@id='filter-strategy']/option[@selected]", "value"), Is.EqualTo(new[] { "LONG_CALL" }));
            Assert.That(page.Attribute("//input[@id='filter-confidence']", "value"), Is.EqualTo("0.5"));
            Assert.That(page.Text("//form[contains(@class,'filters')]/a"), Is.EqualTo("Clear filters"));
        });
    }

    [Test]
    public async Task EveryFormField_HasALabel() => (await TodayPage.LoadAsync(client)).AssertEveryFieldLabelled();
}
