namespace Kapman.Web.Tests;

/// <summary>
/// The decisions page and the recommendation page's "Why?" section, rendered from the recommendation API's gate trails
/// (Fixtures/decisions.json, Fixtures/recommendation-trail.json): accepted candidates link to their recommendation and say that POP
/// and EV_net are model estimates; every rejected one shows its first failing stage, the reason and the values that stage compared
/// (a missing value as "missing"); a model-priced chain is labelled so.
/// </summary>
[TestFixture]
public sealed class DecisionsPageTests
{
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
        page = await TodayPage.LoadAsync(client, "/decisions?session=2025-08-26");
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
    public void The_session_line_counts_candidates_and_acceptances()
    {
        Assert.That(page.Text("//p[@id='decisions-session']"), Is.EqualTo("Session 2025-08-26 · 3 candidate(s) · 1 accepted"));
        Assert.That(gateway.Requested, Does.Contain("/api/recommendation/decisions?session=2025-08-26"));
    }

    [Test]
    public void An_accepted_candidate_links_its_recommendation_and_labels_model_estimates()
    {
        var accepted = "//section[@id='accepted']//details[@data-structure='credit_put_spread']";
        Assert.That(page.Text(accepted + "/summary"), Does.StartWith("QQQ credit_put_spread 2025-10-17 · POP 0.831 · EV_net 4.25 $ (model estimates)"));
        Assert.That(page.Attribute(accepted + "/summary/a", "href"), Is.EqualTo("/recommendations/0199c0de-0000-7000-8000-0000000000aa"));
        Assert.That(page.Attributes(accepted + "//table[@class='gate-trail']/tbody/tr", "data-stage"), Is.EqualTo(new[] { "A", "H" }));
    }

    [TestCase("iron_condor", "G · CorporateAndEv", "No corporate-events source: credit structure blocked (fail closed for credit strategies, R9)",
        new[] { "corporate-events source configured: 0 >= 1 FAIL" })]
    [TestCase("credit_call_spread", "E · Regime", "Regime blocks the structure: iv rank: 4.67644 >= 30 FAIL",
        new[] { "vix/vix3m: 0.8168 < 1 ok", "iv rank: 4.67644 >= 30 FAIL", "atm iv: missing" })]
    public void A_rejected_candidate_says_why_not(string structure, string stage, string reason, string[] compared)
    {
        var row = $"//section[@id='rejected']//tbody/tr[@data-structure='{structure}']";
        Assert.That(page.Text(row + "/td[@class='stage']"), Is.EqualTo(stage));
        Assert.That(page.Text(row + "/td[@class='why-not']"), Is.EqualTo(reason));
        Assert.That(page.Texts(row + "/td/ul[@class='compared']/li"), Is.EqualTo(compared));
    }

    [Test]
    public void A_model_priced_candidate_is_labelled_so()
    {
        Assert.That(page.Text("//section[@id='rejected']//tbody/tr[@data-structure='credit_call_spread']/td[2]"), Is.EqualTo("credit_call_spread (model-priced)"));
        Assert.That(page.Text("//tr[@data-structure='credit_call_spread']//p[@data-pricing='model-priced']"), Does.StartWith("Chain: model-priced"));
        Assert.That(page.Text("//tr[@data-structure='iron_condor']//p[@data-pricing='stored-chain']"), Does.StartWith("Chain: stored (real quotes"));
    }

    [Test]
    public async Task The_recommendation_page_answers_why_with_the_cores_trail_for_its_ticker()
    {
        var detail = await TodayPage.LoadAsync(client, "/recommendations/0b7f2c1e-3d4a-4f6b-8e9d-1a2b3c4d5e6f");

        Assert.That(detail.Text("//p[@id='why-summary']"), Is.EqualTo("A Wyckoff-driven recommendation. The decision core's candidates for AAPL on 2025-08-26:"));
        Assert.That(detail.Text("//section[@id='why']//details[@data-structure='iron_condor']/summary"),
            Is.EqualTo("iron_condor: rejected at E: Regime blocks the structure: vrp (atm iv - rv20): -0.012 >= 0 FAIL"));
        Assert.That(detail.Texts("//section[@id='why']//tr[@data-stage='E']//li"), Is.EqualTo(new[] { "vrp (atm iv - rv20): -0.012 >= 0 FAIL" }));
    }

    [Test]
    public async Task Without_the_recommendation_service_the_page_says_so()
    {
        await using var broken = await StubGateway.StartAsync(GatewayScenario.Broken);
        await using var brokenFactory = new KapmanWebFactory(broken.Url);
        using var brokenClient = brokenFactory.CreateClient();

        var down = await TodayPage.LoadAsync(brokenClient, "/decisions");

        Assert.That(down.Text("//p[@id='decisions-problem']"), Does.StartWith("Decisions: not available ("));
    }
}
