using Kapman.Cli.Commands;

namespace Kapman.Cli.Tests;

/// <summary><c>kapman replay</c> accepts every event/endpoint pair of the replay catalogue and refuses others before any call.</summary>
public sealed class ReplayCommandTests
{
    [TestCase("replay --event MarketSessionIngested --from 2025-08-25 --to 2025-08-26 --to-endpoint wyckoff", TestName = "A service with one queue for the event")]
    [TestCase("replay --event MarketSessionIngested --from 2025-08-25 --to 2025-08-26 --to-endpoint metrics-market-session-ingested", TestName = "A queue")]
    [TestCase("replay --event OptionMetricsComputed --from 2025-08-26 --to 2025-08-26 --to-endpoint recommendation", TestName = "Another producer's event")]
    [TestCase("replay --event WyckoffAlertRaised --from 2025-08-26 --to 2025-08-26 --to-endpoint notification-wyckoff-alert-raised", TestName = "Wyckoff's alerts")]
    public void Accepts_a_pair_of_the_catalogue(string line)
    {
        Assert.That(KapmanCli.Create().Parse(line).Errors, Is.Empty);
    }

    [TestCase("replay --event IndicatorsComputed --from 2025-08-26 --to 2025-08-26 --to-endpoint wyckoff",
        "event 'IndicatorsComputed' cannot be replayed; replayable events: RunDailyPipeline, MarketSessionIngested,", TestName = "An event without a consumer")]
    [TestCase("replay --event MarketSessionIngested --from 2025-08-26 --to 2025-08-26 --to-endpoint recommendation",
        "endpoint 'recommendation' does not consume MarketSessionIngested; its consumers: metrics-market-session-ingested, options-market-session-ingested, wyckoff-market-session-ingested.",
        TestName = "A service that does not consume the event")]
    [TestCase("replay --event MarketSessionIngested --from 2025-08-27 --to 2025-08-26 --to-endpoint wyckoff", "--from must not be after --to.", TestName = "A reversed range")]
    public void Refuses_an_invalid_request_with_a_clear_message(string line, string message)
    {
        Assert.That(KapmanCli.Create().Parse(line).Errors.Select(e => e.Message), Has.Some.StartsWith(message));
    }

    [TestCase("""{"type":"about:blank","title":"Replay refused","status":400,"detail":"from must not be after to."}""", "from must not be after to.")]
    [TestCase("Bad gateway", "Bad gateway")]
    [TestCase("[1]", "[1]")]
    public void Prints_a_problems_detail_or_the_body(string body, string printed)
    {
        Assert.That(ReplayCommand.Detail(body), Is.EqualTo(printed));
    }
}
