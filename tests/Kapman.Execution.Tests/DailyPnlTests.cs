using Dapper;
using Kapman.Execution.DailyPnl;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Execution.Tests;

/// <summary>
/// The daily P&amp;L producer (issue 20 item 3, seed 003 §4 task 5.2: "at market close (4:15 PM ET)") on PostgreSQL with the options read
/// contract faked: nothing before 16:15 New York or on a weekend; it waits for the session's close chain; then one <c>DailyPnlReported</c>
/// in the outbox per session (a second pass publishes nothing) with the book marked at the close mid; the next session's day change is
/// the difference of the totals. The figures are worked out in the comments.
/// </summary>
[TestFixture]
public sealed class DailyPnlTests
{
    private const string Call = "SPY250919C00650000";
    private static readonly DateOnly Session = new(2025, 8, 26); // a Tuesday; New York is UTC−4 (EDT)
    private static readonly DateOnly Expiry = new(2025, 9, 19);
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed()
    {
        bed = await ExecutionTestBed.CreateAsync();
        await using var connection = await bed.Database.DataSource.OpenConnectionAsync();
        // Paper book: long 2 calls at 2.00 with $50 realised and $2.60 commission; a flat XYZ group with −$30 realised and $1.30 commission.
        await connection.ExecuteAsync(
            """
            INSERT INTO positions VALUES
              ('g1', 'SPY250919C00650000', 'SPY', 'LONG_CALL', 2, 2.00, 50, 2.60, true, '2025-08-20T14:00:00Z', '2025-08-25T15:00:00Z'),
              ('g2', 'XYZ250919C00050000', 'XYZ', 'LONG_CALL', 0, 0, -30, 1.30, true, '2025-08-20T14:00:00Z', '2025-08-22T15:00:00Z')
            """);
        await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 2.45, 2.55, 0.45, Session.AddDays(-1));
    }

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [Test]
    public async Task The_summary_is_published_once_per_session_after_the_close_mark_with_the_day_change()
    {
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:DailyPnl:CheckIntervalSeconds", "3600")));
        var reporter = host.Services.GetRequiredService<DailyPnlReporter>();

        var before = await reporter.ReportAsync(At(Session, 16, 14), CancellationToken.None);
        var waiting = await reporter.ReportAsync(At(Session, 16, 20), CancellationToken.None);
        await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 2.95, 3.05, 0.5, Session);
        var reported = await reporter.ReportAsync(At(Session, 16, 21), CancellationToken.None);
        var again = await reporter.ReportAsync(At(Session, 16, 30), CancellationToken.None);
        await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 3.45, 3.55, 0.55, Session.AddDays(1));
        var next = await reporter.ReportAsync(At(Session.AddDays(1), 16, 15), CancellationToken.None);
        var events = await bed.RowsAsync<(string Session, string Mode, decimal Total, decimal? Change, decimal Unrealized, string? MarksAsOf, string Lines)>(
            """
            SELECT payload->>'sessionDate', payload->>'mode', (payload->>'total')::numeric, (payload->>'dayChange')::numeric,
                   (payload->>'unrealized')::numeric, payload->>'marksAsOf', payload->>'byUnderlying'
            FROM outbox WHERE message_type = 'Kapman.Contracts.DailyPnlReported' AND payload->>'sessionDate' IN ('2025-08-26', '2025-08-27')
            ORDER BY payload->>'sessionDate'
            """);

        // 08-26: mark (2.95 + 3.05) ÷ 2 = 3.00; unrealised (3.00 − 2.00) × 2 × 100 = 200; realised 50 − 30 = 20; commissions 3.90;
        // total 20 − 3.90 + 200 = 216.10, no previous report. 08-27: mark 3.50, unrealised 300, total 316.10, change 100.
        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo(DailyPnlOutcome.NotDue), "16:14 New York is before the report time");
            Assert.That(waiting, Is.EqualTo(DailyPnlOutcome.WaitingForMarks), "only the 08-25 quote is stored");
            Assert.That(reported, Is.EqualTo(DailyPnlOutcome.Reported));
            Assert.That(again, Is.EqualTo(DailyPnlOutcome.AlreadyReported));
            Assert.That(next, Is.EqualTo(DailyPnlOutcome.Reported));
            Assert.That(events.Select(e => (e.Session, e.Mode, e.Total, e.Change, e.Unrealized, e.MarksAsOf)), Is.EqualTo(new[]
            {
                ("2025-08-26", "PAPER", 216.10m, (decimal?)null, 200m, (string?)"2025-08-26"),
                ("2025-08-27", "PAPER", 316.10m, (decimal?)100m, 300m, (string?)"2025-08-27"),
            }), "one event per session");
            Assert.That(events[0].Lines, Does.Contain("\"total\": 247.40, \"realized\": 50, \"underlying\": \"SPY\", \"unrealized\": 200.00").And.Contain("\"total\": -31.30, \"realized\": -30, \"underlying\": \"XYZ\""), "SPY: 50 − 2.60 + 200 = 247.40; XYZ: −30 − 1.30");
        });
    }

    [Test]
    public async Task Nothing_is_due_on_a_weekend_and_old_marks_are_used_once_the_wait_runs_out()
    {
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:DailyPnl:CheckIntervalSeconds", "3600"),
            ("Kapman:Execution:DailyPnl:MarkWaitMinutes", "30")));
        var reporter = host.Services.GetRequiredService<DailyPnlReporter>();

        var saturday = await reporter.ReportAsync(At(new DateOnly(2025, 8, 30), 17, 0), CancellationToken.None);
        var waiting = await reporter.ReportAsync(At(Session, 16, 44), CancellationToken.None);
        var late = await reporter.ReportAsync(At(Session, 16, 45), CancellationToken.None);
        var marksAsOf = await bed.ScalarAsync<string>(
            "SELECT payload->>'marksAsOf' FROM outbox WHERE message_type = 'Kapman.Contracts.DailyPnlReported' AND payload->>'sessionDate' = '2025-08-26'");

        Assert.Multiple(() =>
        {
            Assert.That(saturday, Is.EqualTo(DailyPnlOutcome.NotDue));
            Assert.That(waiting, Is.EqualTo(DailyPnlOutcome.WaitingForMarks), "16:44 is within 16:15 + 30 min");
            Assert.That(late, Is.EqualTo(DailyPnlOutcome.Reported), "16:45: the wait ran out");
            Assert.That(marksAsOf, Is.EqualTo("2025-08-25"), "the summary says its marks are the day before's");
        });
    }

    /// <summary>New York wall time <paramref name="hour"/>:<paramref name="minute"/> of <paramref name="day"/> (EDT, UTC−4, in late August).</summary>
    private static DateTimeOffset At(DateOnly day, int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(-4));
}
