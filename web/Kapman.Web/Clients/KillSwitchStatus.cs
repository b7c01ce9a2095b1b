namespace Kapman.Web.Clients;

/// <summary>The execution kill switch (execution API <c>GET /kill-switch</c>; the answer of <c>POST /kill-switch</c>).</summary>
/// <param name="Mode"><see cref="Normal"/>, <see cref="SafeMode"/> (no new orders) or <see cref="HardStop"/> (flatten everything).</param>
/// <param name="Reason">Why it was last changed, as the operator or the trigger wrote it.</param>
/// <param name="ChangedAt">When it was last changed; null if never.</param>
/// <param name="ChangedBy">Who or what changed it (an operator, a drawdown trigger, ...); null if never.</param>
public sealed record KillSwitchStatus(string Mode, string? Reason, DateTimeOffset? ChangedAt, string? ChangedBy)
{
    /// <summary>Trading as usual.</summary>
    public const string Normal = "normal";

    /// <summary>No new orders; open orders and positions are managed.</summary>
    public const string SafeMode = "safe_mode";

    /// <summary>Everything is cancelled and flattened.</summary>
    public const string HardStop = "hard_stop";

    /// <summary>The <c>POST /kill-switch</c> mode that returns the switch to <see cref="Normal"/> (needs the API key at the service).</summary>
    public const string Reset = "reset";

    /// <summary>The modes an operator may post: <see cref="SafeMode"/>, <see cref="HardStop"/>, <see cref="Reset"/>.</summary>
    public static IReadOnlyList<string> Settable { get; } = [SafeMode, HardStop, Reset];

    /// <summary>True when the switch is <see cref="Normal"/>.</summary>
    public bool IsNormal => string.Equals(Mode, Normal, StringComparison.Ordinal);
}
