using Kapman.Ingestion.Core.Calendar;

namespace Kapman.Ingestion.Core.Tests.Calendar;

/// <summary>
/// The weekly run's session (issue 22; seed 000 §5.5 "weekly until expiration"): the week's last NYSE session on or before the weekday.
/// Dates checked against the 2025 NYSE holiday list: Good Friday 2025-04-18 and Labor Day Monday 2025-09-01 are closed.
/// </summary>
[TestFixture]
public sealed class WeeklyRunTests
{
    [TestCase("2025-08-29", true, TestName = "An ordinary Friday carries the run")]
    [TestCase("2025-08-28", false, TestName = "Thursday does not when Friday is a session")]
    [TestCase("2025-04-17", true, TestName = "Thursday carries it when Friday is Good Friday")]
    [TestCase("2025-04-18", false, TestName = "Good Friday is no session")]
    [TestCase("2025-08-30", false, TestName = "Saturday is no session")]
    public void Friday_default(string session, bool due) =>
        Assert.That(WeeklyRun.Default.IsDue(DateOnly.Parse(session, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(due));

    [Test]
    public void A_Monday_weekday_skips_a_week_whose_Monday_is_a_holiday()
    {
        var monday = new WeeklyRun(DayOfWeek.Monday);
        Assert.Multiple(() =>
        {
            Assert.That(monday.IsDue(new DateOnly(2025, 8, 25)), Is.True, "an ordinary Monday");
            Assert.That(monday.IsDue(new DateOnly(2025, 9, 2)), Is.False, "Tuesday after Labor Day is after the weekday");
            Assert.That(monday.LatestDueAtOrBefore(new DateOnly(2025, 9, 3)), Is.EqualTo(new DateOnly(2025, 8, 25)));
        });
    }

    [Test]
    public void The_latest_run_at_or_before_a_session()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WeeklyRun.Default.LatestDueAtOrBefore(new DateOnly(2025, 9, 3)), Is.EqualTo(new DateOnly(2025, 8, 29)), "Wednesday → last Friday");
            Assert.That(WeeklyRun.Default.LatestDueAtOrBefore(new DateOnly(2025, 8, 29)), Is.EqualTo(new DateOnly(2025, 8, 29)), "the Friday itself");
            Assert.That(WeeklyRun.Default.LatestDueAtOrBefore(new DateOnly(2025, 4, 21)), Is.EqualTo(new DateOnly(2025, 4, 17)), "after Good Friday");
        });
    }

    [Test]
    public void A_weekend_weekday_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new WeeklyRun(DayOfWeek.Saturday).IsDue(new DateOnly(2025, 8, 29)));
}
