namespace Kapman.Wyckoff.Core;

/// <summary>
/// Decision rules of docs/domain/wyckoff-scores.md#decision-rules (seed 000 §11.4), first match wins: BC ≥ 24 → EXIT (alert BC_EXIT); BC ≥ 20 → PREPARE;
/// BC &lt; 12 and Spring ≥ 9 with the Spring entry gate open (re-entry above the range support and no SOW in
/// the break, <see cref="SpringEntryGate"/>) → ENTRY (alert SPRING_ENTRY); otherwise no signal. The Spring
/// score itself only counts a completed SC→AR range's support since model 1.2.0, so Spring ≥ 9 already
/// means accumulation (the seed's "Spring ≥ 9 and accumulation phase").
/// </summary>
internal static class DecisionRules
{
    public const string Exit = "EXIT";
    public const string Prepare = "PREPARE";
    public const string Entry = "ENTRY";
    public const string BcExitAlert = "BC_EXIT";
    public const string SpringEntryAlert = "SPRING_ENTRY";

    public static string? Signal(int bcScore, int springScore, bool springGate, WyckoffParameters parameters)
    {
        if (bcScore >= parameters.ExitBcScore)
        {
            return Exit;
        }

        if (bcScore >= parameters.PrepareBcScore)
        {
            return Prepare;
        }

        return IsEntry(bcScore, springScore, springGate, parameters) ? Entry : null;
    }

    public static string? AlertKind(int bcScore, int springScore, bool springGate, WyckoffParameters parameters)
    {
        if (bcScore >= parameters.ExitBcScore)
        {
            return BcExitAlert;
        }

        return IsEntry(bcScore, springScore, springGate, parameters) ? SpringEntryAlert : null;
    }

    /// <summary>The ENTRY test, shared with the ENTRY_SETUP trade signal (<see cref="TradeSignalRules"/>).</summary>
    public static bool IsEntry(int bcScore, int springScore, bool springGate, WyckoffParameters parameters) =>
        springGate && bcScore < parameters.EntryMaxBcScore && springScore >= parameters.EntrySpringScore;
}
