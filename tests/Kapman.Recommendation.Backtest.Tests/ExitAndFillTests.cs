using Kapman.MarketData;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Decision.Chain;

namespace Kapman.Recommendation.Backtest.Tests;

/// <summary>The exit rules and the fill model on hand values.</summary>
public class ExitAndFillTests
{
    private static readonly BacktestExitRules Rules = new(0.5, 1.0, 21);

    [TestCase(0.50, 30, BacktestExitReason.ProfitTarget, TestName = "P&L 0.50 of a 1.00 credit is the 50 % target")]
    [TestCase(0.51, 30, null, TestName = "P&L 0.49 holds")]
    [TestCase(2.00, 30, BacktestExitReason.StopLoss, TestName = "A 2.00 debit on a 1.00 credit is the 100 % stop")]
    [TestCase(1.99, 30, null, TestName = "A 1.99 debit holds")]
    [TestCase(2.00, 21, BacktestExitReason.DaysToExpiry, TestName = "21 days to expiry closes before the stop is looked at")]
    [TestCase(0.10, 0, BacktestExitReason.Expiration, TestName = "Expiration day settles")]
    public void Exit_rules(double markDebit, int daysToExpiry, BacktestExitReason? expected) =>
        Assert.That(ExitCheck.Evaluate(1.00, markDebit, daysToExpiry, Rules), Is.EqualTo(expected));

    // A debit position (a butterfly bought for 1.00: entry credit −1.00); the mark is its value v, so the debit to close is −v and
    // P&L = −1.00 + v; the target and the stop are fractions of the 1.00 paid.
    [TestCase(1.50, BacktestExitReason.ProfitTarget, TestName = "Debit 1.00 marked 1.50: P&L +0.50 is the 50 % target")]
    [TestCase(1.49, null, TestName = "Debit 1.00 marked 1.49: holds")]
    [TestCase(0.01, null, TestName = "Debit 1.00 marked 0.01: P&L −0.99 holds")]
    [TestCase(0.00, BacktestExitReason.StopLoss, TestName = "Debit 1.00 marked 0: the whole debit lost is the 100 % stop")]
    public void Exit_rules_of_a_debit_position(double markValue, BacktestExitReason? expected) =>
        Assert.That(ExitCheck.Evaluate(-1.00, -markValue, 30, Rules), Is.EqualTo(expected));

    [Test]
    public void Switched_off_rules_never_fire() =>
        Assert.That(ExitCheck.Evaluate(1.00, 5.00, 5, new BacktestExitRules(null, null, null)), Is.Null);

    [Test]
    public void Legs_fill_at_mid_moved_by_a_fraction_of_the_half_spread()
    {
        var sold = Quote(1.00, 1.20);
        var bought = Quote(0.40, 0.50);
        // s = 0.5: sell 1.10 − 0.5 × 0.10 = 1.05; buy 0.45 + 0.5 × 0.05 = 0.475; net credit 1.05 − 0.475 = 0.575.
        Assert.That(FillModel.LegPrice(sold, -1, 0.5), Is.EqualTo(1.05).Within(1e-12));
        Assert.That(FillModel.LegPrice(bought, +1, 0.5), Is.EqualTo(0.475).Within(1e-12));
        Assert.That(FillModel.NetCredit([(sold, -1), (bought, +1)], 0.5), Is.EqualTo(0.575).Within(1e-12));
        // s = 1: the natural price, 1.00 − 0.50 = 0.50; s = 2 cannot fill outside the quote.
        Assert.That(FillModel.NetCredit([(sold, -1), (bought, +1)], 1.0), Is.EqualTo(0.50).Within(1e-12));
        Assert.That(FillModel.NetCredit([(sold, -1), (bought, +1)], 2.0), Is.EqualTo(0.50).Within(1e-12));
        // Mark of the short spread: −1.10 + 0.45 = −0.65 (a 0.65 debit to close at the mids).
        Assert.That(FillModel.MarkValue([(sold, -1), (bought, +1)]), Is.EqualTo(-0.65).Within(1e-12));
    }

    private static ChainQuote Quote(double bid, double ask) =>
        new("SPY150220P00090000", OptionRight.Put, new DateOnly(2015, 2, 20), 90, bid, ask, 0, 1, 0.2, -0.2, null);
}
