namespace Kapman.Web.Tests;

/// <summary>
/// The recommendation detail page. Fixture: AAPL long 220 put bought at 3.10. By hand: max loss 3.10 x 100 = 310.00,
/// breakeven 220 - 3.10 = 216.90, max profit (220 - 3.10) x 100 = 21,690.00; Brier (0.72 - 1)² = 0.0784.
/// </summary>
[TestFixture]
public sealed class RecommendationPageTests
{
    private const string Id = "0b7f2c1e-3d4a-4f6b-8e9d-1a2b3c4d5e6f";

    private StubGateway gateway = null!;
    private KapmanWebFactory factory = null!;
    private HttpClient client = null!;
    private TodayPage page = null!;

    [OneTimeSetUp]
    public async Task Render()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        factory = new KapmanWebFactory(gateway.Url);
        client = factory.CreateClient();
        page = await TodayPage.LoadAsync(client, "/recommendations/" + Id);
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

    [TestCase("max-loss", "310.00")]
    [TestCase("max-profit", "21,690.00")]
    [TestCase("breakeven", "216.90")]
    [TestCase("net-premium", "3.10")]
    [TestCase("levels", "229.30 / 236.00 / 215.00")]
    [TestCase("phase", "DISTRIBUTION · EXIT")]
    [TestCase("confidence", "0.72 · no edge")]
    public void Terms_ShowThePayoffNumbers(string field, string expected) =>
        Assert.That(page.Text($"//dd[@data-field='{field}']"), Is.EqualTo(expected));

    [Test]
    public void Legs_JustificationWriterAndOutcome_AreShown()
    {
        Assert.Multiple(() =>
        {
            Assert.That(page.Attributes("//section[@id='legs']//tbody/tr", "data-occ"), Is.EqualTo(new[] { "AAPL250919P00220000" }));
            Assert.That(page.Text("//section[@id='legs']//td[@class='side']"), Is.EqualTo("BUY"));
            Assert.That(page.Text("//p[@id='justification-text']"), Is.EqualTo("Buying climax 24/28 under the 230 call wall"));
            Assert.That(page.Text("//p[@id='writer']"), Is.EqualTo("Written by template (fallback: no LLM key configured)"));
            Assert.That(
                page.Text("//p[@id='outcome-summary']"),
                Is.EqualTo("WIN · evaluated 2025-09-19 over 24 days · direction correct · Brier 0.078 · return 25.4 % · target not hit · stop not hit"));
            // Fixture: paid 3.10, marked 6.20 on 2025-09-05: (6.20 − 3.10) × 100 = +310.00 $, 3.10 / 3.10 = 100 %.
            Assert.That(
                page.Text("//p[@id='option-outcome-summary']"),
                Is.EqualTo("target · marked 2025-09-05 (2 weekly marks) · P&L +310.00 $ per contract (100.0 % of the premium) · 50% target hit · stop not hit"));
        });
    }

    [Test]
    public async Task TodayLinksEachContractToItsDetail()
    {
        var today = await TodayPage.LoadAsync(client);

        Assert.That(today.Attribute("//tr[@data-ticker='AAPL']/td[@class='occ']/a", "href"), Is.EqualTo("/recommendations/" + Id));
    }

    [Test]
    public async Task UnknownId_SaysSoPlainly()
    {
        var other = await TodayPage.LoadAsync(client, "/recommendations/" + Guid.Empty);

        Assert.That(other.Text("//p[@id='detail-problem']"), Is.EqualTo("No such recommendation, or the detail API is not available yet"));
    }
}
