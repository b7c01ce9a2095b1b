using Kapman.LanguageModels.FactChecking;

namespace Kapman.LanguageModels.Tests;

/// <summary>
/// The fact checker on hand-written texts. Facts: session 2025-08-26; SPY spot 642.15, call wall 650, put wall 630, net GEX
/// 1,234,000,000 ($ per 1 % move); recommendation SPY251024C00650000 (strike 650, expiry 2025-10-24) at confidence 0.72; 3 alerts.
/// </summary>
public sealed class TextFactCheckerTests
{
    private static FactSet Facts() => new FactSet()
        .Ticker("SPY").Date(new DateOnly(2025, 8, 26)).Symbol("SPY251024C00650000")
        .Number(642.15).Strike(650).Strike(630).Number(1_234_000_000).Number(0.72).Number(3).Label("LONG_GAMMA BULL_CALL_DEBIT");

    [Test]
    public void A_text_stating_only_facts_passes() => Assert.That(TextFactChecker.Check(
        "SPY closed the 2025-08-26 session at 642.15 with dealers LONG GAMMA (net GEX 1.23B). The 650 call wall and the $630 put wall bound it; "
        + "the SPY251024C00650000 BULL CALL DEBIT (expiring 2025-10-24) carries 72% confidence. 3 alerts fired.", Facts()), Is.Empty);

    [TestCase("Buy the 655 strike call.", "names strike 655 that is not in the facts")]
    [TestCase("The $660 call looks cheap.", "names strike 660 that is not in the facts")]
    [TestCase("Watch 640C into the close.", "names strike 640 that is not in the facts")]
    [TestCase("QQQ lagged.", "names ticker QQQ that is not in the facts")]
    [TestCase("Rotation into $AAPL.", "names ticker AAPL that is not in the facts")]
    [TestCase("SPY251024C00660000 is better.", "names symbol SPY251024C00660000 that is not in the facts")]
    [TestCase("Expiry 2025-11-21 is next.", "names date 2025-11-21 that is not in the facts")]
    [TestCase("SPY closed at 645.10.", "states number 645.10 that is not in the facts")]
    [TestCase("Confidence is 80%.", "states number 80% that is not in the facts")]
    [TestCase("Net GEX of 2.5B.", "states number 2.5B that is not in the facts")]
    public void A_text_naming_something_outside_the_facts_is_rejected_with_the_reason(string text, string reason) =>
        Assert.That(TextFactChecker.Check(text, Facts()), Does.Contain(reason));

    [Test]
    public void A_rounding_must_be_to_the_decimals_written()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TextFactChecker.Check("Spot 642.2.", Facts()), Is.Empty, "642.15 rounds to 642.2 (half-unit 0.05)");
            Assert.That(TextFactChecker.Check("Spot 642.", Facts()), Is.Empty, "642.15 rounds to 642");
            Assert.That(TextFactChecker.Check("Spot 642.3.", Facts()), Is.Not.Empty, "642.15 is 0.15 from 642.3, more than the half-unit 0.05");
            Assert.That(TextFactChecker.Check("Net GEX 1,234,000,000.", Facts()), Is.Empty);
        });
    }

    [Test]
    public void Every_reason_is_listed_once()
    {
        var reasons = TextFactChecker.Check("QQQ and QQQ near the 700 strike.", Facts());
        Assert.That(reasons, Is.EqualTo(new[] { "names strike 700 that is not in the facts", "names ticker QQQ that is not in the facts", "states number 700 that is not in the facts" }));
    }

    [Test]
    public void The_single_checks_return_the_first_unknown_as_written()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TextFactChecker.UnknownStrike("the 650 strike then the 655.5 strike", [650.0]), Is.EqualTo("655.5"));
            Assert.That(TextFactChecker.UnknownSymbol("SPY251024C00650000 SPY251024P00600000", ["SPY251024C00650000"]), Is.EqualTo("SPY251024P00600000"));
            Assert.That(TextFactChecker.UnknownDate("2025-10-24 or 2025-13-01", [new DateOnly(2025, 10, 24)]), Is.EqualTo("2025-13-01"));
            Assert.That(TextFactChecker.UnknownDate("2025-10-24", [new DateOnly(2025, 10, 24)]), Is.Null);
        });
    }
}
