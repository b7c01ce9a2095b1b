namespace Kapman.Web.Tests;

/// <summary>The accuracy page: Brier and hit rate by group, the calibration plot and reliability table (Fixtures/accuracy.json), and the calibration set (Fixtures/calibration.json).</summary>
[TestFixture]
public sealed class AccuracyPageTests
{
    [Test]
    public async Task GroupsAndCalibrationPoints_AreRendered()
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        await using var factory = new KapmanWebFactory(gateway.Url);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/accuracy");

        // Points by hand: x = 30 + 240 * conf, y = 270 - 240 * freq; r = 3 + sqrt(n).
        // (0.55, 0.5, n 4) -> (162, 150, 5); (0.75, 0.625, n 16) -> (210, 120, 7); the empty bucket is not drawn.
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//p[@id='overall']"), Is.EqualTo("20 scored calls · hit rate 60.0 % · Brier 0.200"));
            Assert.That(page.Attributes("//table[@data-group='By strategy']//tbody/tr", "data-key"), Is.EqualTo(new[] { "LONG_CALL", "LONG_PUT" }));
            Assert.That(page.Text("//table[@data-group='By phase']//tr[@data-key='ACCUMULATION']/td[contains(@class,'hit')]"), Is.EqualTo("75.0 %"));
            Assert.That(page.Text("//table[@data-group='By signal']//tr[@data-key='EXIT']/td[contains(@class,'brier')]"), Is.EqualTo("0.250"));
            Assert.That(page.Attributes("//*[local-name()='circle']", "cx"), Is.EqualTo(new[] { "162", "210" }));
            Assert.That(page.Attributes("//*[local-name()='circle']", "cy"), Is.EqualTo(new[] { "150", "120" }));
            Assert.That(page.Attributes("//*[local-name()='circle']", "r"), Is.EqualTo(new[] { "5", "7" }));
        });
    }

    [Test]
    public async Task ReliabilityTable_SkillWithItsInterval_AndNoEdgeSignals_AreShown()
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        await using var factory = new KapmanWebFactory(gateway.Url);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/accuracy");

        // Fixture: baseline 0.24, skill 0.1667, interval [-0.05, 0.30]; bins 0.5-0.6 (4 calls, 0.55, 0.5) and an empty 0.6-0.7;
        // calibration: BC_EXIT lost to its base rate (no edge), SPRING_ENTRY kept its fit.
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//p[@id='skill']"), Is.EqualTo("Base-rate Brier 0.240 · skill 0.167 (95 % CI -0.050 to 0.300, bootstrap)"));
            Assert.That(page.Attributes("//table[@id='reliability-table']//tbody/tr", "data-bin"), Is.EqualTo(new[] { "0.50-0.60", "0.60-0.70", "0.70-0.80" }));
            Assert.That(page.Texts("//table[@id='reliability-table']//tr[@data-bin='0.50-0.60']/td"), Is.EqualTo(new[] { "0.50–0.60", "4", "0.550", "0.500" }));
            Assert.That(page.Texts("//table[@id='reliability-table']//tr[@data-bin='0.60-0.70']/td"), Is.EqualTo(new[] { "0.60–0.70", "0", "—", "—" }));
            Assert.That(page.Attributes("//*[local-name()='svg' and @id='calibration']", "id"), Has.Count.EqualTo(1), "the reliability diagram");
            Assert.That(page.Text("//p[@id='calibration-set']"), Is.EqualTo("Parameter set platt-1.0.0+2025-08-25, fitted on outcomes before 2025-08-25 · base rate 0.520"));
            Assert.That(page.Text("//table[@id='calibration-signals']//tr[@data-key='BC_EXIT']/td[@class='edge']"), Is.EqualTo("no edge"));
            Assert.That(page.Text("//table[@id='calibration-signals']//tr[@data-key='SPRING_ENTRY']/td[@class='edge']"), Is.EqualTo("calibrated"));
        });
    }

    [Test]
    public async Task OptionOutcomes_AreShownBesideTheBrierScore()
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        await using var factory = new KapmanWebFactory(gateway.Url);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/accuracy");

        Assert.Multiple(() =>
        {
            Assert.That(page.Attributes("//section[@id='accuracy-options']//tbody/tr", "data-key"), Is.EqualTo(new[] { "ALL", "CSP" }));
            Assert.That(page.Texts("//section[@id='accuracy-options']//tr[@data-key='ALL']/td"),
                Is.EqualTo(new[] { "ALL", "4", "3", "2 (50 %)", "1", "1 of 1", "+37.50", "1" }));
            Assert.That(page.Texts("//section[@id='accuracy-options']//tr[@data-key='CSP']/td")[6], Is.EqualTo("-50.00"));
        });
    }

    [Test]
    public async Task ApiMissing_SaysNotAvailableYet()
    {
        await using var gateway = await StubGateway.StartAsync(GatewayScenario.NoRunYet);
        await using var factory = new KapmanWebFactory(gateway.Url);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/accuracy");

        Assert.That(page.Text("//p[@id='accuracy-problem']"), Is.EqualTo("Accuracy: not available yet (recommendation service has no such resource)"));
    }
}
