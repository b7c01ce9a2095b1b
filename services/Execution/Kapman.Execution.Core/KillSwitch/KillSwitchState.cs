namespace Kapman.Execution.Core.KillSwitch;

/// <summary>The switch's current mode, why, and since when.</summary>
/// <param name="Mode">The mode.</param>
/// <param name="Trigger">What put it there, or null for the initial normal state.</param>
/// <param name="Reason">Readable reason.</param>
/// <param name="Since">When the mode was entered, or null for the initial state.</param>
public sealed record KillSwitchState(KillSwitchMode Mode, KillSwitchTrigger? Trigger, string Reason, DateTimeOffset? Since)
{
    /// <summary>The initial state: normal.</summary>
    public static KillSwitchState Initial { get; } = new(KillSwitchMode.Normal, null, "initial", null);
}
