namespace Kapman.Recommendation.Core;

/// <summary>The alert kinds of <see cref="SignalInput.AlertKind"/>.</summary>
public static class AlertKinds
{
    /// <summary>Buying climax: exit / bearish.</summary>
    public const string BcExit = "BC_EXIT";

    /// <summary>Spring: entry / bullish.</summary>
    public const string SpringEntry = "SPRING_ENTRY";
}
