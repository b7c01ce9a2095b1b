using Kapman.Execution.Core.DailyPnl;
using Kapman.Execution.Core.Positions;

namespace Kapman.Execution.Core.Tests.DailyPnl;

/// <summary>The daily P&amp;L summary (seed 003 §4 task 5.2) on a hand-made book; every figure is worked out in the comments.</summary>
public sealed class DailyPnlCalculatorTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    // SPY: long 2 calls at 2.00 (realised 50, commission 2.60); short 1 put at 1.50 (commission 1.30). XYZ: flat, realised −30, commission 1.30.
    private static readonly Position[] Book =
    [
        new("g1", "LONG_CALL", "SPY", "SPY250919C00650000", 2, 2.00m, 50m, 2.60m),
        new("g2", "SHORT_PUT", "SPY", "SPY250919P00600000", -1, 1.50m, 0m, 1.30m),
        new("g3", "LONG_CALL", "XYZ", "XYZ250919C00050000", 0, 0m, -30m, 1.30m),
    ];

    [Test]
    public void The_book_is_marked_at_the_session_and_the_day_change_is_the_total_minus_the_previous_total()
    {
        var marks = new Dictionary<string, (decimal, DateOnly)>
        {
            ["SPY250919C00650000"] = (3.00m, Session),
            ["SPY250919P00600000"] = (1.20m, Session),
            ["XYZ250919C00050000"] = (9.99m, Session.AddDays(-30)), // flat: not used
        };

        var summary = DailyPnlCalculator.Compute(Session, Book, marks, new PreviousPnl(Session.AddDays(-1), 100m, true));

        // Unrealised: (3.00 − 2.00) × 2 × 100 = 200; (1.20 − 1.50) × −1 × 100 = 30; 230 in all.
        // Realised 50 − 30 = 20; commissions 2.60 + 1.30 + 1.30 = 5.20; total 20 − 5.20 + 230 = 244.80; change 244.80 − 100 = 144.80.
        Assert.Multiple(() =>
        {
            Assert.That((summary.Book.Realized, summary.Book.Commissions, summary.Book.Unrealized, summary.Book.Total), Is.EqualTo((20m, 5.20m, 230m, 244.80m)));
            Assert.That((summary.Book.OpenHoldings, summary.Book.UnmarkedHoldings), Is.EqualTo((2, 0)));
            Assert.That(summary.DayChange, Is.EqualTo(144.80m));
            Assert.That(summary.PreviousSession, Is.EqualTo(Session.AddDays(-1)));
            Assert.That(summary.MarksAsOf, Is.EqualTo(Session), "the flat holding's old quote is not a mark used");
            Assert.That(summary.ByUnderlying.Select(u => (u.Key, u.Total)), Is.EqualTo(new[] { ("SPY", 50m - 3.90m + 230m), ("XYZ", -31.30m) }));
        });
    }

    [Test]
    public void A_missing_mark_leaves_the_holding_out_and_makes_the_day_change_unknown()
    {
        var marks = new Dictionary<string, (decimal, DateOnly)> { ["SPY250919C00650000"] = (2.50m, Session.AddDays(-1)) };

        var summary = DailyPnlCalculator.Compute(Session, Book, marks, new PreviousPnl(Session.AddDays(-1), 100m, true));

        // Unrealised (2.50 − 2.00) × 2 × 100 = 100 only; the put has no mark. Total 20 − 5.20 + 100 = 114.80.
        Assert.Multiple(() =>
        {
            Assert.That(summary.Book.Total, Is.EqualTo(114.80m));
            Assert.That(summary.Book.UnmarkedHoldings, Is.EqualTo(1));
            Assert.That(summary.DayChange, Is.Null, "an incomplete total is not compared");
            Assert.That(summary.MarksAsOf, Is.EqualTo(Session.AddDays(-1)), "the marks are from the day before");
        });
    }

    [Test]
    public void The_first_report_has_no_day_change()
    {
        var summary = DailyPnlCalculator.Compute(Session, Book[2..], new Dictionary<string, (decimal, DateOnly)>(), null);

        Assert.Multiple(() =>
        {
            Assert.That((summary.Book.Total, summary.DayChange, summary.PreviousSession, summary.MarksAsOf), Is.EqualTo((-31.30m, (decimal?)null, (DateOnly?)null, (DateOnly?)null)));
        });
    }
}
