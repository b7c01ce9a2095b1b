namespace Kapman.Wyckoff.Core;

/// <summary>
/// Decision rules of seed 000 §11.4, first match wins: BC ≥ 24 → EXIT (alert BC_EXIT); BC ≥ 20 → PREPARE;
/// BC &lt; 12 and Spring ≥ 9 → ENTRY (alert SPRING_ENTRY); otherwise no signal. The "Spring ≥ 9 in
/// accumulation" rule needs a phase, which is not modelled, and is not applied.
/// </summary>
internal static class DecisionRules
{
    public const string Exit = "EXIT";
    public const string Prepare = "PREPARE";
    public const string Entry = "ENTRY";
    public const string BcExitAlert = "BC_EXIT";
    public const string SpringEntryAlert = "SPRING_ENTRY";

    public static string? Signal(int bcScore, int springScore, WyckoffParameters parameters)
    {
        if (bcScore >= parameters.ExitBcScore)
        {
            return Exit;
        }

        if (bcScore >= parameters.PrepareBcScore)
        {
            return Prepare;
        }

        return IsEntry(bcScore, springScore, parameters) ? Entry : null;
    }

    public static string? AlertKind(int bcScore, int springScore, WyckoffParameters parameters)
    {
        if (bcScore >= parameters.ExitBcScore)
        {
            return BcExitAlert;
        }

        return IsEntry(bcScore, springScore, parameters) ? SpringEntryAlert : null;
    }

    private static bool IsEntry(int bcScore, int springScore, WyckoffParameters parameters) =>
        bcScore < parameters.EntryMaxBcScore && springScore >= parameters.EntrySpringScore;
}
