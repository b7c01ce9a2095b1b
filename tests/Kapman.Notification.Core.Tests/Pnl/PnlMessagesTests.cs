using Kapman.Notification.Core.Pnl;

namespace Kapman.Notification.Core.Tests.Pnl;

/// <summary>The daily P&amp;L message, written out by hand from the figures of execution's DailyPnlTests (total 316.10, change +100).</summary>
public sealed class PnlMessagesTests
{
    private static readonly DateOnly Session = new(2025, 8, 27);

    [Test]
    public void The_summary_gives_the_total_its_parts_the_day_change_and_each_underlying()
    {
        var update = new DailyPnlUpdate(Session, "PAPER", 20m, 3.90m, 300m, 316.10m, 100m, Session.AddDays(-1), 1, 0, Session,
            [new PnlLine("SPY", 50m, 2.60m, 300m, 347.40m, 1), new PnlLine("XYZ", -30m, 1.30m, 0m, -31.30m, 0)]);

        var message = PnlMessages.Daily(update);

        Assert.Multiple(() =>
        {
            Assert.That(message.DedupKey, Is.EqualTo("daily-pnl:2025-08-27:PAPER"));
            Assert.That(message.RouteKind, Is.EqualTo("DAILY_PNL"));
            Assert.That(message.Subject, Is.EqualTo("Kapman 2025-08-27 daily P&L [PAPER]: +316.10 $ total, +100.00 on the day"));
            Assert.That(message.Body, Is.EqualTo(
                "Daily P&L of the PAPER book for the 2025-08-27 session, marked at the 2025-08-27 close (mid of bid and ask).\n" +
                "Total: +316.10 $ = realised +20.00 - commissions 3.90 + unrealised +300.00.\n" +
                "Day change: +100.00 $ since the 2025-08-26 report.\n" +
                "Open holdings: 1, without a mark: 0.\n" +
                "By underlying:\n" +
                "- SPY: +347.40 $ (realised +50.00, commissions 2.60, unrealised +300.00; 1 open)\n" +
                "- XYZ: -31.30 $ (realised -30.00, commissions 1.30, unrealised 0.00; 0 open)\n" +
                "The positions page (GET /api/execution/positions) has every holding."));
        });
    }

    [Test]
    public void Old_marks_and_a_missing_comparison_are_said_plainly()
    {
        var update = new DailyPnlUpdate(Session, "LIVE", 0m, 0m, -12.5m, -12.5m, null, Session.AddDays(-1), 2, 1, Session.AddDays(-1), []);

        var message = PnlMessages.Daily(update);

        Assert.Multiple(() =>
        {
            Assert.That(message.Subject, Is.EqualTo("Kapman 2025-08-27 daily P&L [LIVE]: -12.50 $ total, no day change"));
            Assert.That(message.Body, Does.StartWith(
                "Daily P&L of the LIVE book for the 2025-08-27 session, marked at the 2025-08-26 close: the session's chain was not stored in time.\n"));
            Assert.That(message.Body, Does.Contain("Day change: not comparable (a total misses a mark).\n"));
            Assert.That(message.Body, Does.Not.Contain("By underlying"));
        });
    }
}
