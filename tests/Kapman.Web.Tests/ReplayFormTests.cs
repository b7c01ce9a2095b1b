using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// <c>POST /ops/replay</c>: the Ops page's replay form calls the replay API of the event's producer through the (stub)
/// gateway only with the right API key, an event/endpoint pair of the replay catalogue and a valid range, and reports
/// what the API answered (stub: ingestion sent 3 events; options refuses with a problem).
/// </summary>
[TestFixture]
public sealed class ReplayFormTests
{
    private const string Key = "replay-key";
    private const string IngestionReplay = "/api/ingestion/replay";

    private StubGateway gateway = null!;

    [SetUp]
    public async Task StartStub() => gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);

    [TearDown]
    public async Task StopStub() => await gateway.DisposeAsync();

    [TestCase("wyckoff-market-session-ingested")]
    [TestCase("wyckoff")]
    public async Task RightKey_CallsTheProducersApiOnceAndShowsWhatItSent(string endpoint)
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);

        var location = await PostAsync(factory, Key, "2025-08-01", "2025-08-26", endpoint);

        Assert.Multiple(() =>
        {
            Assert.That(location, Is.EqualTo("/ops?replay=ok&event=MarketSessionIngested&sent=3&target=wyckoff-market-session-ingested#replay"));
            Assert.That(gateway.Requested.Count(r => r == IngestionReplay), Is.EqualTo(1));
        });
        using var client = factory.CreateClient();
        var page = await TodayPage.LoadAsync(client, location);
        Assert.That(page.Text("//p[@id='replay-result']"), Is.EqualTo("Replayed 3 MarketSessionIngested event(s) to wyckoff-market-session-ingested."));
    }

    [Test]
    public async Task AnotherProducersEvent_GoesToThatProducerAndItsRefusalIsShown()
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);

        var location = await PostAsync(factory, Key, "2025-08-01", "2025-08-26", "wyckoff-option-metrics-computed", "OptionMetricsComputed");

        Assert.That(gateway.Requested, Has.One.EqualTo("/api/options/replay"));
        using var client = factory.CreateClient();
        var page = await TodayPage.LoadAsync(client, location);
        Assert.That(page.Text("//p[@id='replay-result']"),
            Is.EqualTo("Replay failed: options service answered HTTP 400: more than 20000 stored events: replay a shorter range."));
    }

    [TestCase("wrong-key", "2025-08-26", "2025-08-26", "wyckoff", "unauthorized")]
    [TestCase(Key, "2025-08-27", "2025-08-26", "wyckoff", "invalid")]
    [TestCase(Key, "2025-08-26", "26/08/2025", "wyckoff", "invalid")]
    [TestCase(Key, "2024-08-25", "2025-08-26", "wyckoff", "invalid")]
    [TestCase(Key, "2025-08-26", "2025-08-26", "recommendation", "invalid")]
    public async Task RefusedPost_CallsNothing(string typedKey, string from, string to, string endpoint, string outcome)
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);

        var location = await PostAsync(factory, typedKey, from, to, endpoint);

        Assert.Multiple(() =>
        {
            Assert.That(location, Does.StartWith($"/ops?replay={outcome}&"));
            Assert.That(gateway.Requested, Has.None.EndsWith("/replay"));
        });
    }

    [TestCase("IndicatorsComputed", "wyckoff",
        "Replay refused: event 'IndicatorsComputed' cannot be replayed; replayable events: RunDailyPipeline, MarketSessionIngested, PipelineMessageFaulted, OptionMetricsComputed, WyckoffSessionAnalyzed, WyckoffAlertRaised, RecommendationsGenerated, RecommendationIssued, ExecutionAlertRaised, OrderStateChanged, KillSwitchChanged, DailyPnlReported, RunWeeklyMaintenance, ScheduledRunFailed.")]
    [TestCase("MarketSessionIngested", "notification-wyckoff-alert-raised",
        "Replay refused: endpoint 'notification-wyckoff-alert-raised' does not consume MarketSessionIngested; its consumers: metrics-market-session-ingested, options-market-session-ingested, wyckoff-market-session-ingested.")]
    public async Task AnInvalidPair_IsRefusedNamingTheValidOnes(string eventName, string endpoint, string shown)
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);

        var location = await PostAsync(factory, Key, "2025-08-26", "2025-08-26", endpoint, eventName);

        using var client = factory.CreateClient();
        var page = await TodayPage.LoadAsync(client, location);
        Assert.That(page.Text("//p[@id='replay-result']"), Is.EqualTo(shown));
        Assert.That(gateway.Requested, Has.None.EndsWith("/replay"));
    }

    [Test]
    public async Task NoKeyInTheWebsEnvironment_IsDisabled()
    {
        await using var factory = new KapmanWebFactory(gateway.Url);

        var location = await PostAsync(factory, string.Empty, "2025-08-26", "2025-08-26");

        Assert.That(location, Does.StartWith("/ops?replay=disabled&"));
    }

    [Test]
    public async Task OpsPage_OffersEveryCatalogueEventAndEndpointWithLabelledFieldsDefaultingToTheNewestRunsSession()
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/ops");

        Assert.Multiple(() =>
        {
            Assert.That(page.Attribute("//input[@id='replay-from']", "value"), Is.EqualTo("2025-08-26"), "runs.json's newest run");
            Assert.That(page.Attribute("//input[@id='replay-to']", "value"), Is.EqualTo("2025-08-26"));
            Assert.That(page.Texts("//select[@id='replay-event']/option"), Is.EqualTo(new[]
            {
                "RunDailyPipeline", "MarketSessionIngested", "PipelineMessageFaulted", "OptionMetricsComputed", "WyckoffSessionAnalyzed",
                "WyckoffAlertRaised", "RecommendationsGenerated", "RecommendationIssued", "ExecutionAlertRaised", "OrderStateChanged", "KillSwitchChanged",
                "DailyPnlReported", "RunWeeklyMaintenance", "ScheduledRunFailed",
            }));
            Assert.That(page.Texts("//select[@id='replay-endpoint']/optgroup[@label='MarketSessionIngested']/option"),
                Is.EqualTo(new[] { "metrics-market-session-ingested", "options-market-session-ingested", "wyckoff-market-session-ingested" }));
            Assert.That(page.Texts("//details[@id='replay-catalogue']//tbody/tr"), Has.Count.EqualTo(25));
            foreach (var id in new[] { "replay-event", "replay-endpoint", "replay-from", "replay-to", "replay-key" })
            {
                Assert.That(page.Texts($"//label[@for='{id}']"), Has.Count.EqualTo(1), id);
            }
        });
    }

    private static async Task<string> PostAsync(
        KapmanWebFactory factory, string apiKey, string from, string to, string endpoint = "wyckoff", string eventName = "MarketSessionIngested")
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(
            [new("event", eventName), new("endpoint", endpoint), new("from", from), new("to", to), new("apiKey", apiKey)]);
        using var response = await client.PostAsync(new Uri("/ops/replay", UriKind.Relative), form);
        Assert.That((int)response.StatusCode, Is.EqualTo(302));
        return response.Headers.Location!.OriginalString;
    }
}
