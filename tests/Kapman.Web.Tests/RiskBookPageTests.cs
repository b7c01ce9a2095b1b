using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// The risk book on the Positions page against <see cref="StubExecution"/>'s <c>GET /risk</c> (Fixtures/execution-risk.json): per underlying
/// rows and totals, the scenario table, caps and triggers, every model-priced figure labelled "modelled", and the page still rendering when
/// the book is not available.
/// </summary>
[TestFixture]
public sealed class RiskBookPageTests
{
    private StubGateway gateway = null!;
    private KapmanWebFactory factory = null!;
    private HttpClient client = null!;

    [SetUp]
    public async Task Start()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay, allHealthy: true);
        factory = new KapmanWebFactory(gateway.Url, apiKey: "execution-key");
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
    public async Task Positions_ShowTheRiskBook_PerUnderlyingAndTotal_EveryModelFigureLabelled()
    {
        var page = await TodayPage.LoadAsync(client, "/positions");

        const string Aapl = "//table[@id='risk-underlyings']//tr[@data-underlying='AAPL']";
        const string Msft = "//table[@id='risk-underlyings']//tr[@data-underlying='MSFT']";
        const string Total = "//tr[@id='risk-total']";
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//section[@id='risk-book']/h2"), Is.EqualTo("Risk book"));
            Assert.That(page.Text("//p[@id='risk-model']"), Does.StartWith("Model-priced: greeks, VaR and scenarios from Black-Scholes-Merton").And.Contain("(marks of 2025-08-27)"));
            Assert.That(page.Texts(Aapl + "/td"), Is.EqualTo(new[]
            {
                "AAPL", "225.50", "-70.00 modelled", "4.1200 modelled", "-9.80 modelled", "44.20 modelled", "1.20 (bars)", "-$18,942.00 modelled",
                "1.75% (bars)", "$481.37 modelled", "$704.56 modelled",
            }));
            Assert.That(page.Text(Msft + "/td[@class='beta num']"), Is.EqualTo("1.00 (assumed)"));
            Assert.That(page.Text(Msft + "/td[@class='sigma num']"), Is.EqualTo("1.51% (implied)"));
            Assert.That(page.Texts(Total + "/td[@class]"), Is.EqualTo(new[]
            {
                "-39.50 modelled", "3.7700 modelled", "-8.55 modelled", "35.80 modelled", "-$3,539.50 modelled", "$870.89 modelled", "$1,258.36 modelled",
            }));
            Assert.That(page.Text("//p[@id='risk-bwd-shares']"), Does.StartWith("Beta-weighted delta: -5.45 SPY shares modelled"));
            Assert.That(page.Text("//p[@id='risk-unpriced']"), Is.EqualTo("1 open holding(s) without a usable mark left out of the book."));
        });
    }

    [Test]
    public async Task Positions_ShowTheScenarioTableAndTheCapsAndTriggers()
    {
        var page = await TodayPage.LoadAsync(client, "/positions");

        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//table[@id='risk-scenarios']/thead//th"), Is.EqualTo(new[] { "Underlying", "spot -5%", "spot +5%", "vol +5" }));
            Assert.That(page.Texts("//table[@id='risk-scenarios']//tr[@data-underlying='MSFT']/td"),
                Is.EqualTo(new[] { "MSFT", "-$812.75 modelled", "+$640.00 modelled", "-$42.00 modelled" }));
            Assert.That(page.Texts("//tr[@id='risk-scenarios-total']/td"), Is.EqualTo(new[] { "+$199.65 modelled", "+$41.90 modelled", "+$179.00 modelled" }));
            Assert.That(page.Texts("//table[@id='risk-limits']//tr[@data-measure='VaR 99% $']/td"),
                Is.EqualTo(new[] { "VaR 99% $", "$1,258.36 modelled", "$1,000.00", "$20,000.00", "over cap" }));
            Assert.That(page.Texts("//table[@id='risk-limits']//tr[@data-measure='loss at spot -5% $']/td"),
                Is.EqualTo(new[] { "loss at spot -5% $", "$0.00 modelled", "$15,000.00", "—", "within" }));
        });
    }

    [Test]
    public async Task ExecutionDown_ThePositionsPageSaysTheRiskBookIsNotAvailable()
    {
        gateway.Execution.Down = true;

        var page = await TodayPage.LoadAsync(client, "/positions");

        Assert.That(page.Text("//p[@id='risk-problem']"), Is.EqualTo("Risk book: not available (execution service unreachable)"));
    }
}
