namespace Kapman.Notification.Application;

/// <summary>What <see cref="EmailDispatcher.DispatchAsync"/> did with a message.</summary>
public enum DispatchOutcome
{
    /// <summary>The SMTP server accepted it.</summary>
    Sent,

    /// <summary>No SMTP server is configured: only recorded in the message log.</summary>
    Logged,

    /// <summary>Its dedup key was already sent, logged or is in an unknown state: nothing done.</summary>
    AlreadyHandled,

    /// <summary>The send started but did not finish (timeout, dropped connection): it may have gone out, so it is never re-sent automatically.</summary>
    Unknown,

    /// <summary>The routing table does not send this kind by email: nothing recorded.</summary>
    NotRouted,

    /// <summary>Email is paused: held, to go out when the operator resumes it.</summary>
    Held,
}
