namespace Kapman.Execution.Core.KillSwitch;

/// <summary>
/// The kill switch transitions (docs/domain/execution.md#kill-switch, seed 003 Appendix F). The switch only escalates by itself:
/// <list type="bullet">
/// <item>an automatic or operator safe-mode trigger moves Normal to SafeMode and leaves SafeMode and HardStop as they are
/// (a hard stop is never downgraded);</item>
/// <item>an operator hard stop moves any mode to HardStop. It needs no authorisation: stopping must never be refused;</item>
/// <item>only an authorised operator reset moves SafeMode or HardStop back to Normal; an unauthorised reset is refused.
/// Conditions that still hold (backwardation, an event window) trip the switch again at their next evaluation.</item>
/// </list>
/// </summary>
public static class KillSwitchMachine
{
    /// <summary>Applies one request.</summary>
    public static KillSwitchResult Apply(KillSwitchState state, KillSwitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        switch (request.Trigger)
        {
            case KillSwitchTrigger.OperatorReset:
                if (!request.IsAuthorised)
                {
                    return new(state, null, "reset refused: the caller is not an authorised operator");
                }

                return state.Mode == KillSwitchMode.Normal ? new(state, null, null) : Move(state, KillSwitchMode.Normal, request);
            case KillSwitchTrigger.OperatorHardStop:
                return state.Mode == KillSwitchMode.HardStop ? new(state, null, null) : Move(state, KillSwitchMode.HardStop, request);
            default:
                return state.Mode == KillSwitchMode.Normal ? Move(state, KillSwitchMode.SafeMode, request) : new(state, null, null);
        }
    }

    private static KillSwitchResult Move(KillSwitchState state, KillSwitchMode to, KillSwitchRequest request)
    {
        var next = new KillSwitchState(to, request.Trigger, request.Reason, request.At);
        return new(next, new KillSwitchTransition(state.Mode, to, request.Trigger, request.At, request.Reason), null);
    }
}
