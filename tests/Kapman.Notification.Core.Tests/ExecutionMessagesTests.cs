namespace Kapman.Notification.Core.Tests;

public class ExecutionMessagesTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateTimeOffset At = new(2025, 8, 26, 14, 31, 2, TimeSpan.Zero);
    private static readonly Guid Order = new("0199a000-0000-7000-8000-000000000001");

    private static OrderUpdate Update(string from, string to, int fill, decimal? price, int filled, bool simulated = true, string? reason = null) =>
        new(Order, Session, "SPY", "BUY 2 SPY250919C00650000 @ 2.52 DEBIT", from, to, fill, price, filled, 2, simulated ? "PAPER" : "LIVE", simulated, reason, At);

    [Test]
    public void A_paper_fill_says_simulated_in_its_subject_and_body()
    {
        var m = ExecutionMessages.Order(Update("working", "filled", 2, 2.52m, 2))!;

        Assert.Multiple(() =>
        {
            Assert.That(m.Subject, Is.EqualTo("Execution [PAPER, simulated] SPY: filled 2/2 at 2.52"));
            Assert.That(m.Body, Does.StartWith(
                "Order 0199a000-0000-7000-8000-000000000001 (PAPER, simulated) went working -> filled at 2025-08-26 14:31:02 UTC.\n" +
                "Order: BUY 2 SPY250919C00650000 @ 2.52 DEBIT\n" +
                "This fill: 2 unit(s) at 2.52 $/share; filled so far 2 of 2.\n" +
                "Simulated: the paper model filled it; no broker took part.\n"));
            Assert.That(m.DedupKey, Is.EqualTo("order:0199a000000070008000000000000001:filled:2"));
            Assert.That((m.Kind, m.Ticker, m.SessionDate), Is.EqualTo(("ORDER_UPDATE", "SPY", Session)));
        });
    }

    [Test]
    public void Each_partial_fill_of_an_order_is_its_own_message()
    {
        var first = ExecutionMessages.Order(Update("working", "partially_filled", 1, 2.515m, 1, simulated: false))!;
        var second = ExecutionMessages.Order(Update("partially_filled", "filled", 1, 2.52m, 2, simulated: false))!;

        Assert.Multiple(() =>
        {
            Assert.That(first.Subject, Is.EqualTo("Execution [LIVE] SPY: partially filled 1/2 at 2.515"));
            Assert.That(first.Body, Does.Not.Contain("Simulated"));
            Assert.That(first.DedupKey, Is.Not.EqualTo(second.DedupKey));
        });
    }

    [Test]
    public void A_rejection_carries_the_brokers_reason()
    {
        var m = ExecutionMessages.Order(Update("new", "rejected", 0, null, 0, reason: "paper: limit 0.00 is not positive"))!;

        Assert.Multiple(() =>
        {
            Assert.That(m.Subject, Is.EqualTo("Execution [PAPER, simulated] SPY: order rejected"));
            Assert.That(m.Body, Does.Contain("Reason: paper: limit 0.00 is not positive\n").And.Not.Contain("This fill"));
        });
    }

    [TestCase("working")]
    [TestCase("cancelled")]
    [TestCase("expired")]
    public void Other_states_are_not_mailed(string to) => Assert.That(ExecutionMessages.Order(Update("new", to, 0, null, 0)), Is.Null);

    [Test]
    public void A_kill_switch_change_names_both_modes_who_and_what_it_does()
    {
        var m = ExecutionMessages.KillSwitch(new KillSwitchUpdate(Session, "safe_mode", "1 unexplained difference", "normal", "ReconciliationMismatch", "reconciliation", At));

        Assert.Multiple(() =>
        {
            Assert.That(m.Subject, Is.EqualTo("Execution kill switch: normal -> safe_mode"));
            Assert.That(m.Body, Does.StartWith(
                "The execution kill switch went normal -> safe_mode at 2025-08-26 14:31:02 UTC by reconciliation (ReconciliationMismatch).\n" +
                "Reason: 1 unexplained difference\n" +
                "Safe mode: new entries are blocked and working entries cancelled; positions stay and exits still run.\n"));
            Assert.That(m.DedupKey, Is.EqualTo("killswitch:safe_mode:2025-08-26T14:31:02.0000000Z"));
        });
    }

    [Test]
    public void A_version_1_kill_switch_change_is_keyed_by_session_mode_and_reason() =>
        Assert.That(ExecutionMessages.KillSwitch(new KillSwitchUpdate(Session, "hard_stop", "operator", null, null, null, null)).DedupKey,
            Is.EqualTo("killswitch:hard_stop:2025-08-26:operator"));
}
