using Kapman.Contracts.Replay;
using Kapman.ServiceDefaults.Messaging.Replay;

namespace Kapman.ServiceDefaults.Tests.Messaging;

/// <summary>The rules of a <c>POST /replay</c> body as the producing service applies them (<see cref="ReplayRequest.Plan"/>).</summary>
public sealed class ReplayRequestTests
{
    private static readonly EventProducer Ingestion = new("ingestion");

    [TestCase("2000-01-01", "2010-01-08", TestName = "A range of exactly 3660 days is accepted")]
    [TestCase("1998-01-01", "1998-01-01", TestName = "The calendar's first day is accepted")]
    [TestCase("2099-12-31", "2099-12-31", TestName = "The calendar's last day is accepted")]
    public void A_valid_range_plans_the_route(string from, string to)
    {
        var (plan, problem) = new ReplayRequest("MarketSessionIngested", from, to, "options").Plan(Ingestion);

        Assert.That(problem, Is.Null);
        Assert.That(plan, Is.EqualTo(new ReplayPlan(
            new ReplayRoute("MarketSessionIngested", "ingestion", "options-market-session-ingested"), DateOnly.Parse(from), DateOnly.Parse(to))));
    }

    [TestCase("2000-01-01", "2010-01-09", "from and to must be at most 3660 days apart.", TestName = "3661 days is refused")]
    [TestCase("2025-08-27", "2025-08-26", "from must not be after to.", TestName = "from after to is refused")]
    [TestCase("2099-12-31", "2100-01-01", "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "A year after the calendar is refused")]
    [TestCase("1997-12-31", "1998-01-01", "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "A year before the calendar is refused")]
    [TestCase("2025-8-26", "2025-08-26", "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "A date not in yyyy-MM-dd is refused")]
    [TestCase(null, "2025-08-26", "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "A missing date is refused")]
    public void A_bad_range_is_refused(string? from, string? to, string problem)
    {
        Assert.That(new ReplayRequest("MarketSessionIngested", from, to, "wyckoff").Plan(Ingestion), Is.EqualTo(((ReplayPlan?)null, problem)));
    }

    [Test]
    public void An_event_another_service_stores_is_refused_naming_it()
    {
        var (_, problem) = new ReplayRequest("WyckoffAlertRaised", "2025-08-26", "2025-08-26", "notification-wyckoff-alert-raised").Plan(Ingestion);

        Assert.That(problem, Is.EqualTo("WyckoffAlertRaised is stored by the wyckoff service, not ingestion: ask it (POST /api/wyckoff/replay)."));
    }

    [Test]
    public void The_catalogues_refusal_comes_first()
    {
        var (_, problem) = new ReplayRequest("IndicatorsComputed", "2025-08-27", "2025-08-26", "wyckoff").Plan(Ingestion);

        Assert.That(problem, Does.StartWith("event 'IndicatorsComputed' cannot be replayed"));
    }
}
