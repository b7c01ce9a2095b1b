namespace Kapman.Wyckoff.Core;

/// <summary>
/// The event alerts of docs/domain/wyckoff-scores.md#event-alerts (seed 001 §17.2, FR-015), read from the detected events only and raised
/// beside the score alerts of <see cref="DecisionRules"/> (each independently, so one session can raise both):
/// <list type="bullet">
/// <item><c>SPRING_SOS_ENTRY</c>, "IF SPRING + SOS confirmed → STRONG ENTRY": an SOS on the session bar and a SPRING on one of the
/// <c>windowBars</c> bars before it (the SPRING strictly earlier: the SOS confirms it);</item>
/// <item><c>SOW_REDUCE</c>, "IF SOW detected → REDUCE POSITION": an SOW on the session bar.</item>
/// </list>
/// The same tests decide the STRONG_ENTRY and REDUCE trade signals (<see cref="TradeSignalRules"/>).
/// </summary>
public static class EventAlertRules
{
    /// <summary>Alert kind of a SPRING confirmed by an SOS (Kapman.Contracts.WyckoffAlertKinds.SpringSosEntry).</summary>
    public const string SpringSosEntry = "SPRING_SOS_ENTRY";

    /// <summary>Alert kind of an SOW (Kapman.Contracts.WyckoffAlertKinds.SowReduce).</summary>
    public const string SowReduce = "SOW_REDUCE";

    /// <summary>The event alerts firing on bar <paramref name="session"/> of <paramref name="timeline"/>, SPRING_SOS_ENTRY first; empty when none.</summary>
    /// <param name="timeline">Every event of the history, each on the bar where it became known.</param>
    /// <param name="session">Index of the session bar.</param>
    /// <param name="windowBars">How many bars before the SOS a SPRING may lie (<see cref="WyckoffParameters.SignalWindowBars"/>, 20).</param>
    public static IReadOnlyList<string> Kinds(IReadOnlyList<WyckoffEvent> timeline, int session, int windowBars)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var kinds = new List<string>(2);
        if (IsStrongEntry(timeline, session, windowBars))
        {
            kinds.Add(SpringSosEntry);
        }

        if (IsReduce(timeline, session))
        {
            kinds.Add(SowReduce);
        }

        return kinds;
    }

    /// <summary>An SOS on <paramref name="session"/> with a SPRING on one of the <paramref name="windowBars"/> bars before it.</summary>
    public static bool IsStrongEntry(IReadOnlyList<WyckoffEvent> timeline, int session, int windowBars)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return timeline.Any(e => e.BarIndex == session && e.Code == SignOfStrengthRule.Code) &&
               timeline.Any(e => e.Code == SpringRule.Code && e.BarIndex < session && e.BarIndex >= session - windowBars);
    }

    /// <summary>An SOW on <paramref name="session"/>.</summary>
    public static bool IsReduce(IReadOnlyList<WyckoffEvent> timeline, int session)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return timeline.Any(e => e.BarIndex == session && e.Code == SignOfWeaknessRule.Code);
    }
}
