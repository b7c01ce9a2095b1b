namespace Kapman.Execution.Core.KillSwitch;

/// <summary>A request to move the switch.</summary>
/// <param name="Trigger">What asks.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Readable reason for the audit trail and the <c>KillSwitchChanged</c> event.</param>
/// <param name="IsAuthorised">True when the caller is an authorised operator (checked by the host, e.g. the API key and role). Only a reset needs it.</param>
public sealed record KillSwitchRequest(KillSwitchTrigger Trigger, DateTimeOffset At, string Reason, bool IsAuthorised = false);
