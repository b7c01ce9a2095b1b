using Kapman.Execution.Core.KillSwitch;

namespace Kapman.Execution.Core.Tests.KillSwitch;

public class KillSwitchMachineTests
{
    private static readonly DateTimeOffset T = TestOrders.T0;

    private static KillSwitchState In(KillSwitchMode mode) => new(mode, null, "test", T);

    private static KillSwitchRequest Ask(KillSwitchTrigger trigger, bool authorised = false) => new(trigger, T.AddMinutes(1), trigger.ToString(), authorised);

    [TestCase(KillSwitchTrigger.VixBackwardation)]
    [TestCase(KillSwitchTrigger.MacroEventWindow)]
    [TestCase(KillSwitchTrigger.RegimeFailure)]
    [TestCase(KillSwitchTrigger.DataUnavailable)]
    [TestCase(KillSwitchTrigger.ReconciliationMismatch)]
    [TestCase(KillSwitchTrigger.OperatorSafeMode)]
    public void Safe_triggers_move_normal_to_safe_mode_and_record_it(KillSwitchTrigger trigger)
    {
        var result = KillSwitchMachine.Apply(KillSwitchState.Initial, Ask(trigger));
        Assert.Multiple(() =>
        {
            Assert.That(result.State.Mode, Is.EqualTo(KillSwitchMode.SafeMode));
            Assert.That(result.State.Trigger, Is.EqualTo(trigger));
            Assert.That(result.State.Since, Is.EqualTo(T.AddMinutes(1)));
            Assert.That((result.Transition!.From, result.Transition.To), Is.EqualTo((KillSwitchMode.Normal, KillSwitchMode.SafeMode)));
        });
    }

    [Test]
    public void A_safe_trigger_never_downgrades_a_hard_stop()
    {
        var result = KillSwitchMachine.Apply(In(KillSwitchMode.HardStop), Ask(KillSwitchTrigger.VixBackwardation));
        Assert.That((result.State.Mode, result.Transition, result.Accepted), Is.EqualTo((KillSwitchMode.HardStop, (KillSwitchTransition?)null, true)));
    }

    [Test]
    public void A_repeated_safe_trigger_keeps_the_first_reason_and_records_nothing()
    {
        var safe = In(KillSwitchMode.SafeMode);
        var result = KillSwitchMachine.Apply(safe, Ask(KillSwitchTrigger.MacroEventWindow));
        Assert.That(result.State, Is.SameAs(safe));
        Assert.That(result.Transition, Is.Null);
    }

    [TestCase(KillSwitchMode.Normal)]
    [TestCase(KillSwitchMode.SafeMode)]
    public void A_hard_stop_needs_no_authorisation(KillSwitchMode from)
    {
        var result = KillSwitchMachine.Apply(In(from), Ask(KillSwitchTrigger.OperatorHardStop, authorised: false));
        Assert.That(result.State.Mode, Is.EqualTo(KillSwitchMode.HardStop));
        Assert.That(result.Transition!.From, Is.EqualTo(from));
    }

    [TestCase(KillSwitchMode.SafeMode)]
    [TestCase(KillSwitchMode.HardStop)]
    public void An_unauthorised_reset_is_refused_and_changes_nothing(KillSwitchMode from)
    {
        var state = In(from);
        var result = KillSwitchMachine.Apply(state, Ask(KillSwitchTrigger.OperatorReset, authorised: false));
        Assert.Multiple(() =>
        {
            Assert.That(result.Accepted, Is.False);
            Assert.That(result.Error, Does.Contain("not an authorised operator"));
            Assert.That(result.State, Is.SameAs(state));
            Assert.That(result.Transition, Is.Null);
        });
    }

    [TestCase(KillSwitchMode.SafeMode)]
    [TestCase(KillSwitchMode.HardStop)]
    public void An_authorised_reset_returns_to_normal(KillSwitchMode from)
    {
        var result = KillSwitchMachine.Apply(In(from), Ask(KillSwitchTrigger.OperatorReset, authorised: true));
        Assert.That(result.State.Mode, Is.EqualTo(KillSwitchMode.Normal));
        Assert.That((result.Transition!.From, result.Transition.To), Is.EqualTo((from, KillSwitchMode.Normal)));
    }

    [Test]
    public void Resetting_a_normal_switch_records_nothing() =>
        Assert.That(KillSwitchMachine.Apply(KillSwitchState.Initial, Ask(KillSwitchTrigger.OperatorReset, true)).Transition, Is.Null);
}
