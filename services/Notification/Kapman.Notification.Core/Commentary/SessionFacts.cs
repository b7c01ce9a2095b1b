namespace Kapman.Notification.Core.Commentary;

/// <summary>
/// Everything a market report may say: what notification stored from the session's events, nothing else. Lists are in a fixed order
/// (ticker, then kind) so the same facts give the same prompt and template.
/// </summary>
/// <param name="SessionDate">The session the facts are of.</param>
/// <param name="Issued">Recommendations issued by the run, or null when the run has not finished.</param>
/// <param name="NoTrade">Explicit no-trades of the run, or null.</param>
/// <param name="Recommendations">The run's recommendations.</param>
/// <param name="Alerts">The session's Wyckoff alerts.</param>
/// <param name="Dealers">Dealer positioning per underlying.</param>
/// <param name="Orders">Orders' latest states.</param>
/// <param name="KillSwitchMode">The kill switch's latest mode (normal, safe_mode, hard_stop), or null when it did not change.</param>
/// <param name="KillSwitchReason">Why it changed, or null.</param>
public sealed record SessionFacts(
    DateOnly SessionDate,
    int? Issued,
    int? NoTrade,
    IReadOnlyList<SessionRecommendation> Recommendations,
    IReadOnlyList<SessionAlert> Alerts,
    IReadOnlyList<SessionDealer> Dealers,
    IReadOnlyList<SessionOrder> Orders,
    string? KillSwitchMode,
    string? KillSwitchReason)
{
    /// <summary>True when no event of the session was stored.</summary>
    public bool IsEmpty => Issued is null && Recommendations.Count == 0 && Alerts.Count == 0 && Dealers.Count == 0 && Orders.Count == 0 && KillSwitchMode is null;
}
