using System.ComponentModel.DataAnnotations;
using Kapman.Execution.Core.Exits;

namespace Kapman.Execution.Exits;

/// <summary>
/// Section <c>Kapman:Execution:Exits</c>: the exit monitor (docs/domain/execution.md#exit-rules and #exit-guardrails). The guardrails default
/// to seed 003 Appendix G (one scan per 60 s, 3 persistence scans, 900 s grace, 50 % suspect jump). Execution receives no exit
/// conditions with a recommendation (RecommendationIssued v2 carries none; the seed keeps them per strategy, §2.5 stage I), so one rule set
/// applies to every group: by default the examples of <see cref="ExitRules"/>, a 50 % profit target and a 100 % stop, no dollar levels
/// and no days-to-expiry stop. A value outside its range stops the service at start.
/// </summary>
public sealed class ExitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Execution:Exits";

    /// <summary>Whether the monitor runs (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between scans, milliseconds (<c>EXIT_EVAL_INTERVAL_SECONDS</c> = 60: default 60 000).</summary>
    [Range(10, 3_600_000, ErrorMessage = Section + ":IntervalMs must be 10-3600000 ms.")]
    public int IntervalMs { get; set; } = 60_000;

    /// <summary>Consecutive scans a price exit must hold (<c>STOP_PERSISTENCE_SCANS</c>, default 3).</summary>
    [Range(1, 100, ErrorMessage = Section + ":PersistenceScans must be 1-100.")]
    public int PersistenceScans { get; set; } = 3;

    /// <summary>No exit this many seconds after entry (<c>MIN_HOLDING_SECONDS</c>, default 900).</summary>
    [Range(0, 86_400, ErrorMessage = Section + ":GracePeriodSeconds must be 0-86400.")]
    public int GracePeriodSeconds { get; set; } = 900;

    /// <summary>A mark moving more than this fraction from the prior scan's is deferred (<c>SUSPECT_MARK_JUMP_FRACTION</c>, default 0.50).</summary>
    [Range(0.01, 100.0, ErrorMessage = Section + ":SuspectMarkJumpFraction must be 0.01-100.")]
    public decimal SuspectMarkJumpFraction { get; set; } = 0.50m;

    /// <summary>Profit target as a fraction of the entry price (default 0.50); null switches it off.</summary>
    [Range(0.01, 100.0, ErrorMessage = Section + ":ProfitTargetFraction must be 0.01-100.")]
    public decimal? ProfitTargetFraction { get; set; } = 0.50m;

    /// <summary>Stop loss as a fraction of the entry price (default 1.00); null switches it off.</summary>
    [Range(0.01, 100.0, ErrorMessage = Section + ":StopLossFraction must be 0.01-100.")]
    public decimal? StopLossFraction { get; set; } = 1.00m;

    /// <summary>Profit target in dollars for the whole group; null (default) switches it off.</summary>
    [Range(0.01, 1e9, ErrorMessage = Section + ":ProfitTargetDollars must be 0.01-1e9 dollars.")]
    public decimal? ProfitTargetDollars { get; set; }

    /// <summary>Stop loss in dollars for the whole group; null (default) switches it off.</summary>
    [Range(0.01, 1e9, ErrorMessage = Section + ":StopLossDollars must be 0.01-1e9 dollars.")]
    public decimal? StopLossDollars { get; set; }

    /// <summary>Close when calendar days to the nearest expiry ≤ this; null (default) switches it off.</summary>
    [Range(0, 3650, ErrorMessage = Section + ":CloseAtDaysToExpiry must be 0-3650 days.")]
    public int? CloseAtDaysToExpiry { get; set; }

    /// <summary>The rules of every group.</summary>
    public ExitRules Rules() => new(ProfitTargetFraction, StopLossFraction, ProfitTargetDollars, StopLossDollars, null, CloseAtDaysToExpiry);

    /// <summary>The guardrails; the VIX spike threshold stays the seed's 10 % (no VIX feed reaches execution yet, so it never fires).</summary>
    public ExitGuards Guards() => new(PersistenceScans, TimeSpan.FromSeconds(GracePeriodSeconds), SuspectMarkJumpFraction, ExitGuards.Default.VixSpikePercent);
}
