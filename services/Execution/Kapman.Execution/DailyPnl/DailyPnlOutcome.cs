namespace Kapman.Execution.DailyPnl;

/// <summary>What one <see cref="DailyPnlReporter.ReportAsync"/> did.</summary>
public enum DailyPnlOutcome
{
    /// <summary>Disabled, a weekend, or before the report time: nothing to do yet.</summary>
    NotDue,

    /// <summary>The session was reported before (by this or another instance): nothing published.</summary>
    AlreadyReported,

    /// <summary>The book has no holding: nothing to report.</summary>
    EmptyBook,

    /// <summary>An open holding has no quote of the session yet and the mark wait has not run out.</summary>
    WaitingForMarks,

    /// <summary>Published (the event's outbox row and the report row committed together).</summary>
    Reported,
}
