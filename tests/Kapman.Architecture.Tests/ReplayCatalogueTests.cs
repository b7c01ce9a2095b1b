using Kapman.Contracts;
using Kapman.Contracts.Replay;

namespace Kapman.Architecture.Tests;

/// <summary>
/// The replay catalogue (issue 17 §8): how it resolves what an operator types, and that it matches the consumers and
/// producers in the services' source, so a consumer added or renamed without it fails here.
/// </summary>
public sealed class ReplayCatalogueTests
{
    [TestCase("MarketSessionIngested", "wyckoff-market-session-ingested", "ingestion", "wyckoff-market-session-ingested", TestName = "A consumer queue resolves to itself")]
    [TestCase("MarketSessionIngested", "options", "ingestion", "options-market-session-ingested", TestName = "A service resolves to its one queue of the event")]
    [TestCase("OptionMetricsComputed", "wyckoff", "options", "wyckoff-option-metrics-computed", TestName = "The same service resolves by the event")]
    [TestCase("OptionMetricsComputed", "recommendation-option-metrics-computed", "options", "recommendation-option-metrics-computed", TestName = "Another consumer of the event")]
    [TestCase("WyckoffAlertRaised", "notification-wyckoff-alert-raised", "wyckoff", "notification-wyckoff-alert-raised", TestName = "Wyckoff's alerts go to notification")]
    [TestCase("RecommendationIssued", "notification-recommendation-issued-discord", "recommendation", "notification-recommendation-issued-discord",
        TestName = "Recommendations go to notification's Discord tiers")]
    [TestCase("RunDailyPipeline", "ingestion", "ingestion", "ingestion-run-daily-pipeline", TestName = "A service may replay to its own consumer")]
    public void Resolves_a_valid_pair_to_its_producer_and_queue(string eventName, string target, string producer, string queue)
    {
        var resolved = ReplayCatalogue.Resolve(eventName, target);

        Assert.That(resolved, Is.EqualTo(new ReplayResolution(new ReplayRoute(eventName, producer, queue), null)));
    }

    [TestCase("IndicatorsComputed", "wyckoff",
        "event 'IndicatorsComputed' cannot be replayed; replayable events: RunDailyPipeline, MarketSessionIngested, PipelineMessageFaulted, OptionMetricsComputed, WyckoffSessionAnalyzed, WyckoffAlertRaised, RecommendationsGenerated, RecommendationIssued, ExecutionAlertRaised, OrderStateChanged, KillSwitchChanged, DailyPnlReported, RunWeeklyMaintenance, ScheduledRunFailed.",
        TestName = "An event no consumer takes is refused with the replayable ones")]
    [TestCase(null, "wyckoff",
        "event '' cannot be replayed; replayable events: RunDailyPipeline, MarketSessionIngested, PipelineMessageFaulted, OptionMetricsComputed, WyckoffSessionAnalyzed, WyckoffAlertRaised, RecommendationsGenerated, RecommendationIssued, ExecutionAlertRaised, OrderStateChanged, KillSwitchChanged, DailyPnlReported, RunWeeklyMaintenance, ScheduledRunFailed.",
        TestName = "A missing event is refused")]
    [TestCase("marketsessioningested", "wyckoff",
        "event 'marketsessioningested' cannot be replayed; replayable events: RunDailyPipeline, MarketSessionIngested, PipelineMessageFaulted, OptionMetricsComputed, WyckoffSessionAnalyzed, WyckoffAlertRaised, RecommendationsGenerated, RecommendationIssued, ExecutionAlertRaised, OrderStateChanged, KillSwitchChanged, DailyPnlReported, RunWeeklyMaintenance, ScheduledRunFailed.",
        TestName = "Event names are case-sensitive, as the contracts")]
    [TestCase("MarketSessionIngested", "notification",
        "endpoint 'notification' does not consume MarketSessionIngested; its consumers: metrics-market-session-ingested, options-market-session-ingested, wyckoff-market-session-ingested.",
        TestName = "A service that does not consume the event is refused with its consumers")]
    [TestCase("WyckoffSessionAnalyzed", "wyckoff-indicators-computed",
        "endpoint 'wyckoff-indicators-computed' does not consume WyckoffSessionAnalyzed; its consumers: recommendation-wyckoff-session-analyzed.",
        TestName = "An unknown queue is refused")]
    [TestCase("WyckoffAlertRaised", "notification",
        "endpoint 'notification' does not consume WyckoffAlertRaised; its consumers: notification-wyckoff-alert-raised, notification-wyckoff-alert-raised-discord.",
        TestName = "A service with two consumers of the event must be named by queue")]
    [TestCase("RecommendationsGenerated", null,
        "endpoint '' does not consume RecommendationsGenerated; its consumers: notification-recommendations-generated.",
        TestName = "A missing endpoint is refused")]
    public void Refuses_an_invalid_pair_saying_what_is_valid(string? eventName, string? target, string problem)
    {
        Assert.That(ReplayCatalogue.Resolve(eventName, target), Is.EqualTo(new ReplayResolution(null, problem)));
    }

    [Test]
    public void A_routes_consumer_is_its_queues_service_and_its_message_type_the_contracts_full_name()
    {
        var route = new ReplayRoute("MarketSessionIngested", "ingestion", "wyckoff-market-session-ingested");

        Assert.That((route.Consumer, route.MessageType), Is.EqualTo(("wyckoff", "Kapman.Contracts.MarketSessionIngested")));
    }

    [Test]
    public void Every_route_names_an_integration_event_of_the_contracts_once_per_endpoint()
    {
        var events = typeof(IIntegrationEvent).Assembly.GetTypes().Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsInterface).Select(t => t.FullName);

        Assert.Multiple(() =>
        {
            Assert.That(ReplayCatalogue.Routes.Select(r => r.MessageType).Distinct(), Is.SubsetOf(events));
            Assert.That(ReplayCatalogue.Routes.Select(r => (r.Event, r.Endpoint)), Is.Unique);
            Assert.That(ReplayCatalogue.Endpoints, Has.None.AnyOf(ReplayCatalogue.NotReplayable.Keys.ToArray()));
        });
    }

    [Test]
    public void Every_consumer_in_the_source_is_a_route_or_deliberately_not_replayable_and_every_route_is_a_consumer()
    {
        var consumers = ConsumerScanner.Scan();
        Assert.That(consumers.Select(c => c.Endpoint), Does.Contain("wyckoff-market-session-ingested").And.Contain("ingestion-stage-fault"),
            "a guard on the guard: the scan finds the consumers");

        var replayable = consumers.Where(c => !ReplayCatalogue.NotReplayable.ContainsKey(c.Endpoint)).Select(c => (c.Event, c.Endpoint));

        Assert.Multiple(() =>
        {
            Assert.That(ReplayCatalogue.Routes.Select(r => (r.Event, r.Endpoint)), Is.EquivalentTo(replayable));
            Assert.That(ReplayCatalogue.NotReplayable.Keys, Is.SubsetOf(consumers.Select(c => c.Endpoint)), "no stale exclusion");
        });
    }

    [Test]
    public void Every_routes_producer_publishes_its_event()
    {
        foreach (var route in ReplayCatalogue.Routes)
        {
            var folder = Path.Combine(RepoFiles.Root, "services", ConsumerScanner.FolderOf(route.Producer));
            var publishes = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Any(f => File.ReadAllText(f).Contains($"new {route.Event}(", StringComparison.Ordinal));
            Assert.That(publishes, Is.True, $"{route.Producer} creates no {route.Event}, so its outbox stores none");
        }

        Assert.That(ConsumerScanner.Kebab("MarketSessionIngested"), Is.EqualTo("market-session-ingested"));
    }
}
