using Kapman.Notification.Core.Commentary;

namespace Kapman.Notification.Core.Tests.Commentary;

/// <summary>When the intraday report is due: weekdays, from the configured New York time to the 16:00 close (EDT = UTC−4 in August, EST = UTC−5 in December).</summary>
public sealed class IntradayScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeOnly At = new(12, 30);

    [TestCase("2025-08-26T16:29:59Z", null, TestName = "12:29:59 EDT is before the report time")]
    [TestCase("2025-08-26T16:30:00Z", "2025-08-26", TestName = "12:30 EDT is due")]
    [TestCase("2025-08-26T19:59:00Z", "2025-08-26", TestName = "15:59 EDT is still due")]
    [TestCase("2025-08-26T20:00:00Z", null, TestName = "16:00 EDT is the close: no longer due")]
    [TestCase("2025-08-30T17:00:00Z", null, TestName = "a Saturday is never due")]
    [TestCase("2025-12-02T17:29:00Z", null, TestName = "12:29 EST in December is before the report time")]
    [TestCase("2025-12-02T17:30:00Z", "2025-12-02", TestName = "12:30 EST in December is due")]
    public void The_report_is_due_between_its_time_and_the_close_on_weekdays(string now, string? session) =>
        Assert.That(IntradaySchedule.DueSession(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), At, NewYork),
            Is.EqualTo(session is null ? (DateOnly?)null : DateOnly.Parse(session, System.Globalization.CultureInfo.InvariantCulture)));
}
