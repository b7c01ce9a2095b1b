namespace Kapman.Notification.Core;

/// <summary>A kill-switch change as the email needs it (from <c>KillSwitchChanged</c>; the version-2 fields may be null on version 1).</summary>
/// <param name="SessionDate">The New York date of the change.</param>
/// <param name="Mode">normal, safe_mode or hard_stop.</param>
/// <param name="Reason">Why.</param>
/// <param name="PreviousMode">The mode before, or null.</param>
/// <param name="Trigger">What asked, or null.</param>
/// <param name="ChangedBy">operator or reconciliation, or null.</param>
/// <param name="ChangedAt">When, or null.</param>
public sealed record KillSwitchUpdate(DateOnly SessionDate, string Mode, string Reason, string? PreviousMode, string? Trigger, string? ChangedBy, DateTimeOffset? ChangedAt);
