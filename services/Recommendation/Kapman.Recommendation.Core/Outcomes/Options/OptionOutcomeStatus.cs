namespace Kapman.Recommendation.Core.Outcomes.Options;

/// <summary>Where an option position stands after a mark.</summary>
public static class OptionOutcomeStatus
{
    /// <summary>Still held: re-marked next week.</summary>
    public const string Open = "open";

    /// <summary>Closed at the 50% profit target (seed 000 §5.5).</summary>
    public const string Target = "target";

    /// <summary>Closed at the plan's option stop.</summary>
    public const string Stop = "stop";

    /// <summary>Held to expiry and settled at intrinsic value.</summary>
    public const string Expired = "expired";

    /// <summary>True when the position is no longer re-marked.</summary>
    public static bool IsFinal(string status) => status != Open;
}
