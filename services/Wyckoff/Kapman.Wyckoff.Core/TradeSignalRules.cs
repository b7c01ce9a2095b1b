namespace Kapman.Wyckoff.Core;

/// <summary>
/// The trade signals of docs/domain/wyckoff-scores.md#trade-signals (seed 001 §17.2) (with docs/domain/wyckoff-scores.md#decision-rules (seed 000 §11.4)), read from the scores and the detected events
/// and kept apart from detection; first match wins:
/// EXIT_IMMEDIATELY (BC ≥ 24), PREPARE_EXIT (BC ≥ 20), REDUCE (an SOW on the session), STRONG_ENTRY (an SOS
/// on the session confirming a SPRING within the 20 bars before it, <see cref="WyckoffParameters.SignalWindowBars"/>),
/// ENTRY_SETUP (Spring ≥ 9 and BC &lt; 12 with the Spring entry gate open: see
/// <see cref="DecisionRules.IsEntry"/>); otherwise none. The alert kinds (BC_EXIT, SPRING_ENTRY) and the
/// snapshot's EXIT / PREPARE / ENTRY signal of <see cref="DecisionRules"/> are unchanged.
/// </summary>
internal static class TradeSignalRules
{
    public const string ExitImmediately = "EXIT_IMMEDIATELY";
    public const string PrepareExit = "PREPARE_EXIT";
    public const string Reduce = "REDUCE";
    public const string StrongEntry = "STRONG_ENTRY";
    public const string EntrySetup = "ENTRY_SETUP";

    public static string? Signal(
        int bcScore, int springScore, bool springGate, IReadOnlyList<WyckoffEvent> timeline, int session, WyckoffParameters parameters)
    {
        if (bcScore >= parameters.ExitBcScore)
        {
            return ExitImmediately;
        }

        if (bcScore >= parameters.PrepareBcScore)
        {
            return PrepareExit;
        }

        if (EventAlertRules.IsReduce(timeline, session))
        {
            return Reduce;
        }

        if (EventAlertRules.IsStrongEntry(timeline, session, parameters.SignalWindowBars))
        {
            return StrongEntry;
        }

        return DecisionRules.IsEntry(bcScore, springScore, springGate, parameters) ? EntrySetup : null;
    }
}
