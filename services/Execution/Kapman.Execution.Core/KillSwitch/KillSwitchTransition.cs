namespace Kapman.Execution.Core.KillSwitch;

/// <summary>A stored change of mode.</summary>
/// <param name="From">Mode before.</param>
/// <param name="To">Mode after.</param>
/// <param name="Trigger">What caused it.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Readable reason.</param>
public sealed record KillSwitchTransition(KillSwitchMode From, KillSwitchMode To, KillSwitchTrigger Trigger, DateTimeOffset At, string Reason);
