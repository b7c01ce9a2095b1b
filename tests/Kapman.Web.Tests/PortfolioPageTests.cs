using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>Portfolio CRUD through HTML form posts: the web checks the form's key, then calls the API with its own.</summary>
[TestFixture]
public sealed class PortfolioPageTests
{
    private const string Key = "portfolio-key";

    private StubGateway gateway = null!;
    private KapmanWebFactory factory = null!;
    private HttpClient client = null!;

    [SetUp]
    public async Task Start()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        factory = new KapmanWebFactory(gateway.Url, apiKey: Key);
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [TearDown]
    public async Task Stop()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await gateway.DisposeAsync();
    }

    [Test]
    public async Task CreateAddReprioritiseRenameRemoveDelete_EachShowsOnThePage()
    {
        Assert.That(await PostAsync("/portfolios/create", ("name", "Core")), Is.EqualTo("/portfolios?done=created"));
        Assert.That(await PostAsync("/portfolios/1/tickers", ("ticker", "aapl"), ("priority", "P1")), Is.EqualTo("/portfolios?done=ticker%20saved"));
        await PostAsync("/portfolios/1/tickers", ("ticker", "MSFT"), ("priority", "P1"));
        await PostAsync("/portfolios/1/tickers", ("ticker", "AAPL"), ("priority", "P2"));
        var page = await TodayPage.LoadAsync(client, "/portfolios?done=ticker%20saved");
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//p[@id='portfolio-result']"), Is.EqualTo("Portfolio ticker saved."));
            Assert.That(page.Texts("//section[@data-portfolio='Core']//tbody/tr/td[@class='ticker']"), Is.EqualTo(new[] { "AAPL", "MSFT" }));
            Assert.That(page.Texts("//section[@data-portfolio='Core']//tbody/tr/td[@class='priority']"), Is.EqualTo(new[] { "P2", "P1" }));
        });

        await PostAsync("/portfolios/1/rename", ("name", "Core US"));
        await PostAsync("/portfolios/1/tickers/MSFT/delete");
        page = await TodayPage.LoadAsync(client, "/portfolios");
        Assert.That(page.Texts("//section[@data-portfolio='Core US']//tbody/tr/td[@class='ticker']"), Is.EqualTo(new[] { "AAPL" }));

        Assert.That(await PostAsync("/portfolios/1/delete"), Is.EqualTo("/portfolios?done=deleted"));
        page = await TodayPage.LoadAsync(client, "/portfolios");
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//p[@id='no-portfolios']"), Is.EqualTo("No portfolios yet"));
            Assert.That(gateway.Portfolios.KeysSeen, Has.Count.EqualTo(7).And.All.EqualTo(Key));
        });
    }

    [Test]
    public async Task WrongKey_ChangesNothingAndNeverCallsTheApi()
    {
        var location = await PostAsync("/portfolios/create", ("name", "Core"), ("apiKey", "guess"));

        Assert.Multiple(() =>
        {
            Assert.That(location, Is.EqualTo("/portfolios?error=wrong%20API%20key"));
            Assert.That(gateway.Portfolios.KeysSeen, Is.Empty);
        });
    }

    [Test]
    public async Task DuplicateName_ReportsTheApisConflict()
    {
        await PostAsync("/portfolios/create", ("name", "Core"));

        var location = await PostAsync("/portfolios/create", ("name", "Core"));

        var page = await TodayPage.LoadAsync(client, location);
        Assert.That(page.Text("//p[@id='portfolio-result']"), Is.EqualTo("Not saved: ingestion service answered HTTP 409."));
    }

    [Test]
    public async Task Page_LabelsEveryField()
    {
        await PostAsync("/portfolios/create", ("name", "Core"));
        await PostAsync("/portfolios/1/tickers", ("ticker", "AAPL"), ("priority", "P1"));

        (await TodayPage.LoadAsync(client, "/portfolios")).AssertEveryFieldLabelled();
    }

    [Test]
    public async Task ApiMissing_SaysNotAvailableYet()
    {
        await using var other = await StubGateway.StartAsync(GatewayScenario.NoRunYet);
        await using var web = new KapmanWebFactory(other.Url, apiKey: Key);
        using var browser = web.CreateClient();

        var page = await TodayPage.LoadAsync(browser, "/portfolios");

        Assert.That(page.Text("//p[@id='portfolios-problem']"), Is.EqualTo("Portfolios: not available yet (ingestion service has no such resource)"));
    }

    private async Task<string> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        var all = fields.Any(f => f.Name == "apiKey") ? fields : [.. fields, ("apiKey", Key)];
        using var form = new FormUrlEncodedContent(all.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), form);
        Assert.That((int)response.StatusCode, Is.EqualTo(302), path);
        return response.Headers.Location!.OriginalString;
    }
}
