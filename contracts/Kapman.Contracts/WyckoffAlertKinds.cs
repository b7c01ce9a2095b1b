namespace Kapman.Contracts;

/// <summary>
/// Alert kinds: the score rules of docs/domain/wyckoff-scores.md#decision-rules (seed 000 §11.4) and the event rules of
/// docs/domain/wyckoff-scores.md#event-alerts (seed 001 §17.2, FR-015).
/// </summary>
public static class WyckoffAlertKinds
{
    /// <summary>BC score ≥ 24: exit immediately.</summary>
    public const string BcExit = "BC_EXIT";

    /// <summary>Spring score ≥ 9 and BC score &lt; 12: consider entry.</summary>
    public const string SpringEntry = "SPRING_ENTRY";

    /// <summary>An SOS on the session confirming a SPRING within the 20 bars before it: strong entry (seed 001 §17.2, FR-015).</summary>
    public const string SpringSosEntry = "SPRING_SOS_ENTRY";

    /// <summary>An SOW on the session: reduce the position (seed 001 §17.2).</summary>
    public const string SowReduce = "SOW_REDUCE";
}
