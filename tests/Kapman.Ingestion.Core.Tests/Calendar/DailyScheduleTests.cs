using Kapman.Ingestion.Core.Calendar;

namespace Kapman.Ingestion.Core.Tests.Calendar;

/// <summary>
/// Which sessions the daily schedule runs, and when it next starts, on hand-worked NYSE dates: 2025-08-29 (Fri) is followed by Labor
/// Day (Mon 2025-09-01, closed); New York is UTC−4 in August (EDT) and UTC−5 in December (EST).
/// </summary>
[TestFixture]
public sealed class DailyScheduleTests
{
    private static readonly DailySchedule Schedule = DailySchedule.Default;

    [TestCase("2025-08-27T21:00:00Z", "2025-08-22", new[] { "2025-08-25", "2025-08-26", "2025-08-27" }, Description = "17:00 EDT: the day itself is eligible; Monday and Tuesday were missed")]
    [TestCase("2025-08-27T20:00:00Z", "2025-08-26", new string[0], Description = "16:00 EDT: the day is not eligible before 16:30")]
    [TestCase("2025-08-27T20:30:00Z", "2025-08-26", new[] { "2025-08-27" }, Description = "16:30 EDT exactly")]
    [TestCase("2025-09-01T22:00:00Z", "2025-08-28", new[] { "2025-08-29" }, Description = "Labor Day is not a session")]
    [TestCase("2025-08-27T21:00:00Z", null, new[] { "2025-08-21", "2025-08-22", "2025-08-25", "2025-08-26", "2025-08-27" }, Description = "no run ever: the last five")]
    [TestCase("2025-08-27T21:00:00Z", "2025-07-01", new[] { "2025-08-21", "2025-08-22", "2025-08-25", "2025-08-26", "2025-08-27" }, Description = "catch-up capped at five")]
    [TestCase("2025-12-01T22:00:00Z", "2025-11-28", new[] { "2025-12-01" }, Description = "17:00 EST")]
    [TestCase("2025-12-01T21:00:00Z", "2025-11-28", new string[0], Description = "16:00 EST: 21:00 UTC is before 16:30 in December")]
    [TestCase("2025-08-27T19:00:00Z", "2025-08-27", new string[0], Description = "a manual run of the day before it is eligible")]
    public void Due_sessions_are_the_eligible_ones_after_the_newest_run(string now, string? newestRun, string[] expected) =>
        Assert.That(Schedule.Due(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), newestRun is null ? null : DateOnly.Parse(newestRun, System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(expected.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture))));

    [TestCase("2025-08-27T20:00:00Z", "2025-08-27T20:30:00Z", Description = "before today's start: today at 16:30 EDT")]
    [TestCase("2025-08-27T21:00:00Z", "2025-08-28T20:30:00Z", Description = "after it: tomorrow")]
    [TestCase("2025-08-29T21:00:00Z", "2025-09-02T20:30:00Z", Description = "Friday evening: past the weekend and Labor Day")]
    [TestCase("2025-12-01T20:00:00Z", "2025-12-01T21:30:00Z", Description = "16:30 EST is 21:30 UTC")]
    [TestCase("2025-11-01T21:00:00Z", "2025-11-03T21:30:00Z", Description = "over the end of daylight saving (2 November 2025)")]
    public void The_next_start_is_the_next_sessions_start_time_in_new_york(string now, string expected) =>
        Assert.That(Schedule.NextStart(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void A_cap_below_one_is_refused() =>
        Assert.That(() => (Schedule with { MaxCatchUpSessions = 0 }).Due(DateTimeOffset.Parse("2025-08-27T21:00:00Z", System.Globalization.CultureInfo.InvariantCulture), null),
            Throws.TypeOf<ArgumentOutOfRangeException>());
}
