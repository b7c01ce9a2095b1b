namespace Kapman.Notification.Commentary.Data;

/// <summary>The kill switch's mode as stored in <c>commentary_facts</c>.</summary>
public sealed record KillSwitchFact(string Mode, string Reason);
