using Kapman.Web.Clients;
using Kapman.Web.Components.ExecutionView;

namespace Kapman.Web.Tests;

/// <summary>What the operator reads from a problem details body (RFC 7807), and the execution pages' money format.</summary>
[TestFixture]
public sealed class ProblemDetailTextTests
{
    [TestCase("""{"title":"Conflict","status":409,"detail":"kill switch is safe_mode"}""", "kill switch is safe_mode")]
    [TestCase("""{"title":"Conflict","status":409}""", "Conflict")]
    [TestCase("""{"title":"Conflict","detail":"  "}""", "Conflict")]
    [TestCase("""{"title":42}""", "")]
    [TestCase("""{"title":"Bad","errors":{"to":["to must be on or after from."],"from":["x"]}}""", "Bad to must be on or after from. x")]
    [TestCase("""["not","an","object"]""", "")]
    [TestCase("<html>Bad gateway</html>", "")]
    [TestCase("", "")]
    [TestCase(null, "")]
    public void From_TakesTheDetailElseTheTitle(string? body, string expected) =>
        Assert.That(ProblemDetailText.From(body), Is.EqualTo(expected));

    [Test]
    public void From_CutsALongDetail()
    {
        var text = ProblemDetailText.From($$"""{"detail":"{{new string('x', 1000)}}"}""");

        Assert.That(text, Is.EqualTo(new string('x', ProblemDetailText.MaxLength)));
    }

    [TestCase(1234.5, "+$1,234.50")]
    [TestCase(-310, "-$310.00")]
    [TestCase(0, "$0.00")]
    [TestCase(0.004, "$0.00")]
    [TestCase(-0.005, "-$0.01")]
    [TestCase(2.345, "+$2.35")]
    public void Money_IsSignedDollarsAndCents(decimal value, string expected) =>
        Assert.That(ExecutionFormat.Money(value), Is.EqualTo(expected));

    [TestCase("partially_filled", "partially-filled")]
    [TestCase("KILL_SWITCH", "kill-switch")]
    [TestCase("x\"><script>", "x---script-")]
    public void Css_KeepsOnlyLettersAndDigits(string value, string expected) =>
        Assert.That(ExecutionFormat.Css(value), Is.EqualTo(expected));
}
