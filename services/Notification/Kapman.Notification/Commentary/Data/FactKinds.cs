namespace Kapman.Notification.Commentary.Data;

/// <summary>The kinds of row in <c>commentary_facts</c>.</summary>
public static class FactKinds
{
    /// <summary>A run's counts (subject: the session), from RecommendationsGenerated.</summary>
    public const string Run = "RUN";

    /// <summary>A run's recommendation (subject: session|ticker), from RecommendationsGenerated.</summary>
    public const string Recommendation = "RECOMMENDATION";

    /// <summary>An issued recommendation's legs (subject: its id), from RecommendationIssued.</summary>
    public const string Legs = "LEGS";

    /// <summary>A Wyckoff alert (subject: session|ticker|kind).</summary>
    public const string Alert = "ALERT";

    /// <summary>An underlying's dealer metrics (subject: session|underlying), from OptionMetricsComputed.</summary>
    public const string Dealer = "DEALER";

    /// <summary>An order's latest state (subject: its id), from OrderStateChanged.</summary>
    public const string Order = "ORDER";

    /// <summary>The kill switch's latest mode (subject: the session), from KillSwitchChanged.</summary>
    public const string KillSwitch = "KILL_SWITCH";
}
