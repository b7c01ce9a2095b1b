using Kapman.Ingestion.Core.Calendar;

namespace Kapman.Ingestion.Core.Tests.Calendar;

/// <summary>
/// The alert time of a session's run (issue 22 item 1; seed 000 FR-001 "by 5 AM ET"): 05:00 New York the next day. 2025-08-27 is EDT
/// (UTC−4), so 05:00 is 09:00 UTC; 2025-12-06 is EST (UTC−5), so 10:00 UTC.
/// </summary>
[TestFixture]
public sealed class RunAlertTests
{
    [Test]
    public void Due_by_five_in_the_morning_New_York_after_the_session()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RunAlert.DueBy(new DateOnly(2025, 8, 26), RunAlert.DefaultAt), Is.EqualTo(new DateTimeOffset(2025, 8, 27, 9, 0, 0, TimeSpan.Zero)));
            Assert.That(RunAlert.DueBy(new DateOnly(2025, 12, 5), RunAlert.DefaultAt), Is.EqualTo(new DateTimeOffset(2025, 12, 6, 10, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Overdue_from_the_alert_time_on()
    {
        var session = new DateOnly(2025, 8, 26);
        Assert.Multiple(() =>
        {
            Assert.That(RunAlert.IsOverdue(session, RunAlert.DefaultAt, new DateTimeOffset(2025, 8, 27, 8, 59, 59, TimeSpan.Zero)), Is.False);
            Assert.That(RunAlert.IsOverdue(session, RunAlert.DefaultAt, new DateTimeOffset(2025, 8, 27, 9, 0, 0, TimeSpan.Zero)), Is.True);
        });
    }
}
