using Kapman.Notification.Core.Telegram;

namespace Kapman.Notification.Core.Tests.Telegram;

public class ApprovalMessageTests
{
    private static readonly Guid Id = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Test]
    public void A_credit_spread_shows_its_legs_and_the_net_credit_as_a_positive_amount()
    {
        // Bull put credit: sell the 640 put at 3.05, buy the 630 put at 1.80; net = 1.80 - 3.05 = -1.25 $/share, a 1.25 credit.
        var card = new RecommendationCard(Id, new DateOnly(2025, 8, 26), "SPY", "BULL_PUT_CREDIT",
            [new CardLeg("SPY251024P00630000", "BUY", 1, 1.80), new CardLeg("SPY251024P00640000", "SELL", 1, 3.05)], -1.25, 3, new DateOnly(2025, 10, 24));

        Assert.That(ApprovalMessage.Compose(card), Is.EqualTo(
            "Suggestion (not an order yet): SPY BULL_PUT_CREDIT, session 2025-08-26\n" +
            "BUY 1 x SPY251024P00630000 @ 1.80\n" +
            "SELL 1 x SPY251024P00640000 @ 3.05\n" +
            "Net limit: 1.25 credit per share\n" +
            "Contracts: 3, expiring 2025-10-24\n" +
            "Approve sends it to execution as an order; Reject records that it is not taken."));
    }

    [Test]
    public void The_outcome_goes_on_its_own_line_and_the_whole_stays_within_4096_characters()
    {
        var longText = new string('x', 5000);

        var edited = ApprovalMessage.WithOutcome(longText, "Approved by @op: execution order 1.");

        Assert.Multiple(() =>
        {
            Assert.That(ApprovalMessage.WithOutcome("Suggestion", "Rejected by @op."), Is.EqualTo("Suggestion\n\nRejected by @op."));
            Assert.That(edited, Has.Length.EqualTo(4096));
            Assert.That(edited, Does.EndWith("xx\n\nApproved by @op: execution order 1."));
        });
    }
}
