namespace Kapman.Web.Tests;

/// <summary>The Ops page against a stub gateway (full day) and a stub RabbitMQ management API with one failing endpoint.</summary>
[TestFixture]
public sealed class OpsPageTests
{
    private const string Source = "wyckoff-market-session-ingested";
    private const string ErrorQueue = Source + "_error";

    private StubGateway gateway = null!;
    private StubRabbitManagement rabbit = null!;
    private KapmanWebFactory factory = null!;
    private HttpClient client = null!;
    private TodayPage page = null!;

    [OneTimeSetUp]
    public async Task RenderPage()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        rabbit = await StubRabbitManagement.StartAsync();
        rabbit.Declare(Source);
        rabbit.Declare("notification-run-summary_error");
        rabbit.Enqueue(ErrorQueue, "m-1", """{"message":{"ticker":"AAPL"}}""", "database timeout");
        rabbit.Enqueue(ErrorQueue, "m-2", """{"message":{"ticker":"MSFT"}}""", "deadlock detected");
        factory = new KapmanWebFactory(gateway.Url, rabbit.Url, "ops-key");
        client = factory.CreateClient();
        page = await TodayPage.LoadAsync(client, "/ops");
    }

    [OneTimeTearDown]
    public async Task StopAll()
    {
        client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (rabbit is not null)
        {
            await rabbit.DisposeAsync();
        }

        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }
    }

    [Test]
    public void Health_ListsSevenServicesWithTheirState() =>
        Assert.That(
            page.Texts("//section[@id='health']//tbody/tr/td[@class='state']"),
            Is.EqualTo(new[] { "healthy", "healthy", "healthy", "unhealthy", "healthy", "unreachable", "healthy" }));

    [Test]
    public void Shards_ShowHowManyReplicasDidTheNewestSessionAndWhichDidEachShard()
    {
        const string metrics = "//section[@id='shards']//table[@data-stage='metrics']";
        Assert.Multiple(() =>
        {
            Assert.That(page.Text(metrics + "//span[@class='replicas']"), Is.EqualTo("2 replica(s)"));
            Assert.That(page.Texts(metrics + "//tbody/tr/td[@class='instance']"), Is.EqualTo(new[] { "vm:101", "vm:102", "vm:101", "vm:102" }));
            Assert.That(page.Texts(metrics + "//tbody/tr/td[@class='tickers']"), Is.EqualTo(new[] { "8", "25", "11", "23" }));
            Assert.That(page.Text(metrics + "//tr[@data-shard='0']/td[@class='ms']"), Is.EqualTo("250"));
            Assert.That(page.Text("//section[@id='shards']//table[@data-stage='wyckoff']//span[@class='replicas']"), Is.EqualTo("no session split yet"));
        });
    }

    [Test]
    public void Shards_ListTheOptionsStageToo()
    {
        const string options = "//section[@id='shards']//table[@data-stage='options']";
        Assert.Multiple(() =>
        {
            Assert.That(page.Attributes("//section[@id='shards']//table", "data-stage"), Is.EqualTo(new[] { "metrics", "options", "wyckoff" }));
            Assert.That(page.Text(options + "//span[@class='replicas']"), Is.EqualTo("3 replica(s)"));
            // The newest session's 4 shards, then the one shard done of the older session's split.
            Assert.That(page.Texts(options + "//tbody/tr/td[@class='instance']"), Is.EqualTo(new[] { "vm:201", "vm:203", "vm:202", "vm:201", "vm:201" }));
            Assert.That(page.Texts(options + "//tbody/tr/td[@class='tickers']"), Is.EqualTo(new[] { "0", "1", "0", "0", "0" }));
            Assert.That(page.Text(options + "//tr[@data-session='2025-08-26'][@data-shard='1']/td[@class='ms']"), Is.EqualTo("2300"));
        });
    }

    [Test]
    public void Schedule_ShowsItsStateNextStartTheSessionItWaitsForAndItsLastRun() =>
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("//dd[@id='schedule-state']"), Is.EqualTo("on"));
            Assert.That(page.Text("//dd[@id='schedule-start']"), Is.EqualTo("16:30 New York, once the session's file is available"));
            Assert.That(page.Text("//dd[@id='schedule-next']"), Is.EqualTo("2025-08-28 20:30:00 UTC"));
            Assert.That(page.Text("//dd[@id='schedule-waiting']"), Is.EqualTo("the file of session 2025-08-27"));
            Assert.That(page.Text("//dd[@id='schedule-last-run']"), Is.EqualTo("2025-08-26 succeeded"));
            Assert.That(page.Text("//dd[@id='schedule-weekly']"), Is.EqualTo("Friday's session, after its daily run: outcome evaluation and retention"));
            Assert.That(page.Text("//dd[@id='schedule-alert']"), Is.EqualTo("a session not started by 05:00 New York the next morning"));
            Assert.That(page.Texts("//ul[@id='schedule-retention']/li"), Is.EqualTo(new[]
            {
                "market.pipeline_runs: 3 rows before 2025-05-24", "wyckoff.snapshot_versions: 12,345 rows before 2023-08-22",
            }));
        });

    [Test]
    public void FailedOutbox_ShowsEachServicesUnpublishableEventsReadThroughTheGateway()
    {
        const string row = "//section[@id='failed-outbox']//table[@data-service='recommendation']//tr[@data-id='17']";
        Assert.Multiple(() =>
        {
            Assert.That(page.Text(row + "/td[@class='type']"), Is.EqualTo("Kapman.Contracts.RecommendationRetracted"));
            Assert.That(page.Text(row + "/td[@class='failure']"), Is.EqualTo("unknown message type Kapman.Contracts.RecommendationRetracted"));
            Assert.That(page.Text(row + "/td[@class='session']"), Is.EqualTo("2025-08-26"));
            Assert.That(page.Text(row + "/td[@class='failed-at']"), Is.EqualTo("2025-08-26 21:00:01"));
            Assert.That(page.Texts("//section[@id='failed-outbox']//table/caption"), Is.EqualTo(new[] { "recommendation" }));
            Assert.That(page.Text("//section[@id='failed-outbox']//p[@data-service='options']"), Is.EqualTo("options service unreachable"));
            Assert.That(
                gateway.Requested.Where(r => r.Contains("/outbox/failed", StringComparison.Ordinal)).Select(r => r.Split('/')[2]).Order(),
                Is.EqualTo(new[] { "execution", "ingestion", "metrics", "notification", "options", "recommendation", "wyckoff" }));
        });
    }

    [Test]
    public void Queues_ShowDepthConsumersAndRatesByName()
    {
        const string row = "//section[@id='queues']//tr[@data-queue='" + ErrorQueue + "']";
        Assert.Multiple(() =>
        {
            Assert.That(
                page.Texts("//section[@id='queues']//tbody/tr/td[@class='name']"),
                Is.EqualTo(new[] { "notification-run-summary_error", Source, ErrorQueue }));
            Assert.That(page.Text(row + "/td[contains(@class,'depth')]"), Is.EqualTo("2"));
            Assert.That(page.Text(row + "/td[contains(@class,'consumers')]"), Is.EqualTo("0"));
            Assert.That(page.Text(row + "/td[contains(@class,'publish')]"), Is.EqualTo("1.5"));
            Assert.That(page.Text(row + "/td[contains(@class,'deliver')]"), Is.EqualTo("0.25"));
            Assert.That(page.Attribute(row, "class"), Is.EqualTo("failing"));
        });
    }

    [Test]
    public void FailedMessages_ListOnlyNonEmptyErrorQueuesWithFaultsAndARedriveForm()
    {
        const string article = "//section[@id='error-queues']/article";
        Assert.Multiple(() =>
        {
            Assert.That(page.Attributes(article, "data-queue"), Is.EqualTo(new[] { ErrorQueue }));
            Assert.That(page.Texts(article + "//span[@class='fault']"), Is.EqualTo(new[] { "database timeout", "deadlock detected" }));
            Assert.That(page.Attribute(article + "//form", "action"), Is.EqualTo("/ops/redrive"));
            Assert.That(page.Attribute(article + "//form", "method"), Is.EqualTo("post"));
            Assert.That(page.Attribute(article + "//input[@name='queue']", "value"), Is.EqualTo(ErrorQueue));
            Assert.That(page.Attribute(article + "//input[@name='apiKey']", "type"), Is.EqualTo("password"));
        });
    }

    [Test]
    public void PeekingErrorQueues_LeavesTheMessagesInPlace() =>
        Assert.That(rabbit.MessageIds(ErrorQueue), Is.EqualTo(new[] { "m-1", "m-2" }));

    // Totals by hand: 21:00:00 -> 21:04:10 is 250 s = "4 min 10 s"; 21:00:00 -> 21:02:30 is 150 s = "2 min 30 s".
    [Test]
    public void Runs_ListNewestFirstWithTotalsAndStageTimings()
    {
        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//section[@id='runs']//tbody/tr/td[@class='session']"), Is.EqualTo(new[] { "2025-08-26", "2025-08-25" }));
            Assert.That(page.Texts("//section[@id='runs']//tbody/tr/td[contains(@class,'total')]"), Is.EqualTo(new[] { "4 min 10 s", "2 min 30 s" }));
            Assert.That(page.Texts("//section[@id='runs']//tbody/tr/td[@data-stage='metrics']"), Is.EqualTo(new[] { "1 min 01 s", "45.0 s" }));
            Assert.That(page.Texts("//section[@id='runs']//tbody/tr/td[@data-stage='recommendation']"), Is.EqualTo(new[] { "—", "1.5 s" }));
        });
    }

    [Test]
    public void Quarantine_DefaultsToTheNewestRunsSession()
    {
        Assert.Multiple(() =>
        {
            Assert.That(page.Attribute("//input[@id='quarantine-session']", "value"), Is.EqualTo("2025-08-26"));
            Assert.That(page.Texts("//section[@id='quarantine']//tbody/tr/td[@class='ticker']"), Is.EqualTo(new[] { "ABCD", "WXYZ" }));
            Assert.That(page.Text("//section[@id='quarantine']//tr[@data-line='17']/td[@class='reason']"), Is.EqualTo("OHLC_INVARIANT"));
        });
    }

    [Test]
    public async Task Quarantine_OfAnotherSession_SaysWhenNothingWasQuarantined()
    {
        var other = await TodayPage.LoadAsync(client, "/ops?session=2025-08-25");

        Assert.That(other.Text("//section[@id='quarantine']/p[@class='notice']"), Is.EqualTo("No rows quarantined for 2025-08-25"));
    }

    [Test]
    public void MetricsLinks_CoverTheGatewayAndEveryService() =>
        Assert.That(
            page.Attributes("//section[@id='metrics-links']//a", "href"),
            Is.EqualTo(new[]
            {
                "/metrics", "/api/ingestion/metrics", "/api/options/metrics", "/api/metrics/metrics", "/api/wyckoff/metrics",
                "/api/recommendation/metrics", "/api/execution/metrics", "/api/notification/metrics",
            }));

    [Test]
    public void EveryVisibleFormField_HasALabel() => page.AssertEveryFieldLabelled();
}
