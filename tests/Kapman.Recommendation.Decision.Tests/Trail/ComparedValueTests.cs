using System.Text.Json;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Tests.Trail;

/// <summary>The trail's comparisons: each operator on both sides of its edge, missing and non-finite values fail, the text form.</summary>
public class ComparedValueTests
{
    [TestCase(1.0, "<", 1.0, false)]
    [TestCase(0.999, "<", 1.0, true)]
    [TestCase(1.0, "<=", 1.0, true)]
    [TestCase(1.001, "<=", 1.0, false)]
    [TestCase(1.0, ">", 1.0, false)]
    [TestCase(1.001, ">", 1.0, true)]
    [TestCase(1.0, ">=", 1.0, true)]
    [TestCase(0.999, ">=", 1.0, false)]
    public void Operators(double actual, string rule, double limit, bool passes)
    {
        Assert.That(ComparedValue.Check("x", actual, rule, limit).Passed, Is.EqualTo(passes));
    }

    [Test]
    public void Missing_and_non_finite_values_fail_and_are_stored_as_missing()
    {
        var nan = ComparedValue.Check("x", double.NaN, "<=", 1);
        Assert.That(nan.Passed, Is.False);
        Assert.That(nan.Actual, Is.Null);
        Assert.That(ComparedValue.Check("x", null, ">=", 0).Passed, Is.False);
        Assert.That(ComparedValue.Check("x", double.PositiveInfinity, ">", 0).Passed, Is.False);
        Assert.That(ComparedValue.Info("x", double.NaN).Actual, Is.Null);
        Assert.DoesNotThrow(() => JsonSerializer.Serialize(nan), "a stored trail never holds NaN");
    }

    [Test]
    public void Text_form()
    {
        Assert.That(ComparedValue.Check("vix/vix3m", 0.82, "<", 1).ToString(), Is.EqualTo("vix/vix3m: 0.82 < 1 ok"));
        Assert.That(ComparedValue.Check("iv rank", null, ">=", 30).ToString(), Is.EqualTo("iv rank: missing >= 30 FAIL"));
        Assert.That(ComparedValue.Info("dte", 45).ToString(), Is.EqualTo("dte: 45"));
    }

    [Test]
    public void Unknown_operator_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ComparedValue.Check("x", 1, "==", 1));
    }
}
