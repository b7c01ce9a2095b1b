using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Data;
using Kapman.Wyckoff.Replay;

namespace Kapman.Wyckoff.Tests;

/// <summary>The replay's request rules and its log of the events the service received.</summary>
public sealed class ReplayTests : DatabaseTest
{
    [TestCase("IndicatorsComputed", "2025-08-01", "2025-08-29", null, TestName = "A range of IndicatorsComputed is accepted")]
    [TestCase("IndicatorsComputed", "2025-08-02", "2025-08-01", "from must not be after to.", TestName = "from after to is refused")]
    [TestCase("BarsIngested", "2025-08-01", "2025-08-01", "event must be 'IndicatorsComputed', not 'BarsIngested'.", TestName = "Another event is refused")]
    [TestCase("IndicatorsComputed", "1997-12-31", "2025-08-01", "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "A year before the calendar is refused")]
    [TestCase("IndicatorsComputed", "2099-12-01", "2100-01-04", "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "A year after the calendar is refused")]
    [TestCase("IndicatorsComputed", "0001-01-01", "0001-01-01", "from and to (yyyy-MM-dd) are required, within 1998..2099.", TestName = "Missing dates are refused")]
    [TestCase("IndicatorsComputed", "2000-01-01", "2010-01-09", "from and to must be at most 3660 days apart.", TestName = "A range over 3660 days is refused")]
    [TestCase("IndicatorsComputed", "2000-01-01", "2010-01-08", null, TestName = "A range of 3660 days is accepted")]
    public void Request_rules(string? eventName, string from, string to, string? problem)
    {
        Assert.That(new ReplayRequest(eventName, DateOnly.Parse(from), DateOnly.Parse(to)).Problem(), Is.EqualTo(problem));
    }

    [Test]
    public async Task Returns_the_received_indicators_computed_events_of_the_range_in_session_order_once_per_run()
    {
        var runs = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        IndicatorsComputed[] received =
        [
            new(runs[1], new DateOnly(2025, 8, 27), 66),
            new(runs[0], new DateOnly(2025, 8, 26), 67),
            new(runs[2], new DateOnly(2025, 9, 2), 65),
            new(runs[0], new DateOnly(2025, 8, 26), 67),
        ];
        using var signal = new OutboxSignal();
        foreach (var message in received)
        {
            await using var tx = await new ServiceDatabase(DataSource, signal).BeginAsync(CancellationToken.None);
            await StoredEventReader.RecordAsync(tx, message, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        var events = await new StoredEventReader(DataSource).IndicatorsComputedAsync(new DateOnly(2025, 8, 26), new DateOnly(2025, 8, 29), CancellationToken.None);

        Assert.That(events, Is.EqualTo(new[]
        {
            new IndicatorsComputed(runs[0], new DateOnly(2025, 8, 26), 67),
            new IndicatorsComputed(runs[1], new DateOnly(2025, 8, 27), 66),
        }), "the replayed copy of run 0 (same run and session) is not a second event");
    }
}
