using Kapman.Recommendation.Apis;

namespace Kapman.Recommendation.Tests;

/// <summary>Review #17: <c>POST /recommendations/evaluate?asOf</c> refuses a future date (it would close open calls early) and a year before the data.</summary>
public sealed class EvaluationDateTests
{
    private static readonly DateOnly Today = new(2025, 8, 27);

    [TestCase("2025-08-27", null, TestName = "Today is evaluated")]
    [TestCase("2025-01-02", null, TestName = "A past date is evaluated")]
    [TestCase("2025-08-28", "after today (2025-08-27)", TestName = "Tomorrow is refused")]
    [TestCase("2099-12-31", "after today", TestName = "A far future date is refused")]
    [TestCase("1997-12-31", "before 1998", TestName = "A date before the data is refused")]
    public void Evaluation_dates(string asOf, string? problem)
    {
        var actual = EvaluationDate.Problem(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), Today);
        Assert.That(actual, problem is null ? Is.Null : Does.Contain(problem));
    }
}
