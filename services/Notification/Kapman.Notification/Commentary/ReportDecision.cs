namespace Kapman.Notification.Commentary;

/// <summary>What a press or an approve call did.</summary>
public enum ReportDecision
{
    /// <summary>Approved now and handed to the email dispatcher.</summary>
    Approved,

    /// <summary>Rejected now; nothing is distributed.</summary>
    Rejected,

    /// <summary>Already decided before (approved, rejected or distributed): nothing was done (but an approved report whose email was refused is emailed again).</summary>
    AlreadyDecided,

    /// <summary>Still being written.</summary>
    NotReady,

    /// <summary>No such report.</summary>
    NotFound,
}
