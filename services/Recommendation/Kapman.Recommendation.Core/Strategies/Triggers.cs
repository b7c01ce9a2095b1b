namespace Kapman.Recommendation.Core.Strategies;

/// <summary>
/// The triggering events and rules of <see cref="StrategySelector"/>, stored with each recommendation so accuracy
/// can be aggregated by what triggered the call: the docs/domain/recommendations.md#strategy-selection (seed 000 §5.2) event codes, the docs/domain/recommendations.md#strategy-selection (seed 001 §17.2) SPRING + SOS
/// confirmation, and the docs/domain/recommendations.md#strategy-selection (seed 000 §11.4) score rules.
/// </summary>
public static class Triggers
{
    /// <summary>BC ≥ 24 or a BC_EXIT alert (docs/domain/recommendations.md#strategy-selection, seed 000 §11.4 "exit immediately").</summary>
    public const string BcExit = "BC_EXIT";

    /// <summary>BC ≥ 20 (docs/domain/recommendations.md#strategy-selection, seed 000 §11.4 "prepare exit orders").</summary>
    public const string BcPrepare = "BC>=20";

    /// <summary>A SPRING_ENTRY alert, or Spring ≥ 9 with BC &lt; 12 (docs/domain/recommendations.md#strategy-selection, seed 000 §11.4 "consider entry").</summary>
    public const string SpringEntry = "SPRING_ENTRY";

    /// <summary>An SOS on the session confirming a recent SPRING (docs/domain/recommendations.md#strategy-selection, seed 001 §17.2 STRONG_ENTRY).</summary>
    public const string SpringSos = "SPRING+SOS";

    /// <summary>Selling climax event.</summary>
    public const string Sc = "SC";

    /// <summary>Automatic rally event.</summary>
    public const string Ar = "AR";

    /// <summary>Secondary test event.</summary>
    public const string St = "ST";

    /// <summary>Spring event (the false breakdown itself, whatever the Spring score).</summary>
    public const string Spring = "SPRING";

    /// <summary>Test of the spring event.</summary>
    public const string Test = "TEST";

    /// <summary>Sign of strength event.</summary>
    public const string Sos = "SOS";

    /// <summary>Sign of weakness event.</summary>
    public const string Sow = "SOW";

    /// <summary>Buying climax event (with a BC score below 20).</summary>
    public const string Bc = "BC";
}
