namespace Kapman.Notification.Core.Tests;

/// <summary>The new Wyckoff alerts' emails (seed 001 §17.2): their subject, their rule, and one key per ticker, session and kind.</summary>
public sealed class AlertWordingTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    [Test]
    public void A_strong_entry_and_a_reduce_alert_say_what_fired_and_why()
    {
        var entry = MessageComposer.Alert("SPRING_SOS_ENTRY", "NVDA", 9, Session);
        var reduce = MessageComposer.Alert("SOW_REDUCE", "AMD", 14, Session);

        Assert.Multiple(() =>
        {
            Assert.That(entry.Subject, Is.EqualTo("STRONG ENTRY NVDA: Spring confirmed by a Sign of Strength"));
            Assert.That(entry.Body, Does.Contain("SPRING + SOS confirmed means strong entry"));
            Assert.That(entry.DedupKey, Is.EqualTo("alert:SPRING_SOS_ENTRY:NVDA:2025-08-26"));
            Assert.That(reduce.Subject, Is.EqualTo("REDUCE AMD: Sign of Weakness"));
            Assert.That(reduce.Body, Does.Contain("(BC score 14/28)").And.Contain("SOW detected means reduce the position"));
            Assert.That(reduce.DedupKey, Is.EqualTo("alert:SOW_REDUCE:AMD:2025-08-26"));
        });
    }

    [Test]
    public void The_stage_failure_alert_is_keyed_by_stage_and_session_only()
    {
        var at = new DateTimeOffset(2025, 8, 26, 21, 0, 0, TimeSpan.Zero);
        var first = StageMessages.Failed(Guid.NewGuid(), Session, "metrics", "timeout reading chains", at);
        var otherRun = StageMessages.Failed(Guid.NewGuid(), Session, "metrics", "another reason", at.AddMinutes(30));

        Assert.Multiple(() =>
        {
            Assert.That(first.DedupKey, Is.EqualTo("stage-failed:metrics:2025-08-26"));
            Assert.That(otherRun.DedupKey, Is.EqualTo(first.DedupKey));
            Assert.That(first.Subject, Is.EqualTo("Kapman 2025-08-26: the metrics stage failed"));
            Assert.That(first.Body, Does.Contain("Reason: timeout reading chains"));
            Assert.That(first.Kind, Is.EqualTo("PIPELINE_STAGE_FAILED"));
        });
    }

    [Test]
    public void A_scheduled_run_that_did_not_start_is_mailed_once_per_session_with_its_reason()
    {
        // 2025-08-27 05:00 EDT is 09:00 UTC.
        var first = StageMessages.ScheduledRunFailed(Session, "the session file is not available in the configured source", new DateTimeOffset(2025, 8, 27, 9, 0, 0, TimeSpan.Zero));
        var again = StageMessages.ScheduledRunFailed(Session, "S3 unreachable", new DateTimeOffset(2025, 8, 27, 9, 0, 0, TimeSpan.Zero));

        Assert.Multiple(() =>
        {
            Assert.That(first.DedupKey, Is.EqualTo("scheduled-run-failed:2025-08-26"));
            Assert.That(again.DedupKey, Is.EqualTo(first.DedupKey));
            Assert.That(first.Kind, Is.EqualTo("SCHEDULED_RUN_FAILED"));
            Assert.That(first.Subject, Is.EqualTo("Kapman 2025-08-26: the scheduled run did not start"));
            Assert.That(first.Body, Does.Contain("had not started by 2025-08-27 09:00 UTC").And.Contain("Reason: the session file is not available in the configured source"));
        });
    }
}
