namespace Kapman.Notification.Core.Tests;

public class MessageComposerTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    [Test]
    public void Exit_alert_names_ticker_and_bc_score_out_of_28()
    {
        var m = MessageComposer.Alert("BC_EXIT", "NVDA", 24, Session);

        Assert.That(m.Subject, Is.EqualTo("EXIT NVDA: Buying Climax score 24/28"));
        Assert.That(m.Body, Does.Contain("2025-08-26"));
    }

    [Test]
    public void Entry_alert_names_ticker_and_spring_score_out_of_12() =>
        Assert.That(MessageComposer.Alert("SPRING_ENTRY", "ETSY", 9, Session).Subject, Is.EqualTo("ENTRY ETSY: Spring score 9/12"));

    [Test]
    public void Same_alert_has_the_same_key_whatever_the_score_so_reruns_never_resend() =>
        Assert.That(MessageComposer.Alert("BC_EXIT", "NVDA", 24, Session).DedupKey,
            Is.EqualTo(MessageComposer.Alert("BC_EXIT", "NVDA", 26, Session).DedupKey));

    [Test]
    public void Execution_alert_lists_each_difference_and_is_keyed_by_kind_session_and_differences()
    {
        var at = new DateTimeOffset(2025, 8, 26, 15, 4, 5, TimeSpan.Zero);
        var m = MessageComposer.ExecutionAlert("RECONCILIATION_MISMATCH", "Execution: 1 unexplained reconciliation difference(s) with paper; safe mode",
            ["PositionMismatch SPY250919C00650000: local 3, broker 0"], Session, at);

        Assert.Multiple(() =>
        {
            Assert.That(m.Subject, Is.EqualTo("Execution: 1 unexplained reconciliation difference(s) with paper; safe mode"));
            Assert.That(m.Body, Does.StartWith("Execution raised RECONCILIATION_MISMATCH at 2025-08-26 15:04:05 UTC.\n- PositionMismatch SPY250919C00650000: local 3, broker 0\n"));
            // SHA-256 of the one detail line, first 16 hex digits, from Python's hashlib.
            Assert.That(m.DedupKey, Is.EqualTo("execution:RECONCILIATION_MISMATCH:2025-08-26:a0b8990d30e83c98"));
            Assert.That(m.Ticker, Is.Null);
        });
    }

    [Test]
    public void The_same_differences_later_in_the_session_have_the_same_key_and_new_ones_a_new_key()
    {
        var at = new DateTimeOffset(2025, 8, 26, 15, 4, 5, TimeSpan.Zero);
        string[] details = ["PositionMismatch SPY250919C00650000: local 3, broker 0", "MissingFill F1: broker fill not in the book"];
        var first = MessageComposer.ExecutionAlert("RECONCILIATION_MISMATCH", "s", details, Session, at).DedupKey;
        var later = MessageComposer.ExecutionAlert("RECONCILIATION_MISMATCH", "s", [details[1], details[0]], Session, at.AddMinutes(5)).DedupKey;
        var other = MessageComposer.ExecutionAlert("RECONCILIATION_MISMATCH", "s", [details[0]], Session, at.AddMinutes(10)).DedupKey;
        var nextDay = MessageComposer.ExecutionAlert("RECONCILIATION_MISMATCH", "s", details, Session.AddDays(1), at.AddDays(1)).DedupKey;

        Assert.Multiple(() =>
        {
            Assert.That(later, Is.EqualTo(first), "the same differences, reported in another order five minutes later");
            Assert.That(other, Is.Not.EqualTo(first));
            Assert.That(nextDay, Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void Different_kind_ticker_or_session_gets_a_different_key()
    {
        var keys = new[]
        {
            MessageComposer.Alert("BC_EXIT", "NVDA", 24, Session).DedupKey,
            MessageComposer.Alert("SPRING_ENTRY", "NVDA", 9, Session).DedupKey,
            MessageComposer.Alert("BC_EXIT", "AMD", 24, Session).DedupKey,
            MessageComposer.Alert("BC_EXIT", "NVDA", 24, Session.AddDays(1)).DedupKey,
            MessageComposer.Summary(Session, 1, 2).DedupKey,
        };

        Assert.That(keys, Is.Unique);
    }

    [Test]
    public void Summary_is_keyed_by_session_and_reports_the_counts()
    {
        var m = MessageComposer.Summary(Session, 3, 5);

        Assert.That(m.DedupKey, Is.EqualTo(MessageComposer.Summary(Session, 0, 0).DedupKey));
        Assert.That(m.Subject, Is.EqualTo("Kapman 2025-08-26: 3 recommendations, 5 no-trade"));
    }

    [Test]
    public void Summary_lists_new_recommendations_and_no_trade_reasons()
    {
        SummaryLine[] lines =
        [
            new("SPY", "ISSUED", "LONG_CALL", "LONG", "BUY", "SPY251024C00100000", 0.8333, null),
            new("IWM", "ISSUED", "LONG_PUT", "SHORT", "BUY", "IWM251024P00200000", 0.4, null, NoEdge: true),
            new("QQQ", "NO_TRADE", null, "NEUTRAL", "HOLD", null, 0, "no signal: BC 7/28, Spring 2/12"),
        ];
        var m = MessageComposer.Summary(Session, 2, 1, lines);

        Assert.That(m.Body, Does.Contain("New recommendations:\n- SPY: LONG_CALL LONG BUY SPY251024C00100000, confidence 0.83\n"
            + "- IWM: LONG_PUT SHORT BUY IWM251024P00200000, confidence 0.40 (no edge: the signal's base rate)\n"));
        Assert.That(m.Body, Does.Contain("No trade:\n- QQQ: no signal: BC 7/28, Spring 2/12\n"));
        Assert.That(m.DedupKey, Is.EqualTo(MessageComposer.Summary(Session, 0, 0).DedupKey));
    }
}
