namespace Kapman.Execution.Core.KillSwitch;

/// <summary>
/// The outcome of a request: the state after it, the transition when the mode changed (null when the request
/// changed nothing), or an error when it was refused (the state is then the unchanged one).
/// </summary>
/// <param name="State">State after the request.</param>
/// <param name="Transition">The change, or null.</param>
/// <param name="Error">Why the request was refused, or null.</param>
public sealed record KillSwitchResult(KillSwitchState State, KillSwitchTransition? Transition, string? Error)
{
    /// <summary>True when the request was accepted (changed or not).</summary>
    public bool Accepted => Error is null;
}
