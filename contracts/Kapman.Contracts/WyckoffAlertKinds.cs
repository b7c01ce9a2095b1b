namespace Kapman.Contracts;

/// <summary>Alert kinds of docs/domain/wyckoff-scores.md#decision-rules (seed 000 §11.4).</summary>
public static class WyckoffAlertKinds
{
    /// <summary>BC score ≥ 24: exit immediately.</summary>
    public const string BcExit = "BC_EXIT";

    /// <summary>Spring score ≥ 9 and BC score &lt; 12: consider entry.</summary>
    public const string SpringEntry = "SPRING_ENTRY";
}
