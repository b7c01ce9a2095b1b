namespace Kapman.Recommendation.Core;

/// <summary>The Wyckoff alert kinds the recommendation engine reacts to (<see cref="Strategies.StrategyInput.AlertKind"/>).</summary>
public static class AlertKinds
{
    /// <summary>Buying climax: exit / bearish.</summary>
    public const string BcExit = "BC_EXIT";

    /// <summary>Spring: entry / bullish.</summary>
    public const string SpringEntry = "SPRING_ENTRY";
}
