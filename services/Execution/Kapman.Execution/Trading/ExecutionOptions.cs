using System.ComponentModel.DataAnnotations;
using Kapman.Execution.Core;

namespace Kapman.Execution.Trading;

/// <summary>
/// Section <c>Kapman:Execution</c>: the two settings of <see cref="TradingModeGate"/> (live trading needs both; anything else,
/// including a confirmation with a typo, means paper), shadow mode, automatic submission, and the workers' timing. A value that does
/// not bind (e.g. a boolean that is not one) stops the service at start.
/// </summary>
public sealed class ExecutionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Execution";

    /// <summary>First switch of live trading; default false (paper).</summary>
    public bool LiveTradingEnabled { get; set; }

    /// <summary>Second switch: must equal <see cref="TradingModeGate.Confirmation"/> exactly; default none.</summary>
    public string? LiveTradingConfirmation { get; set; }

    /// <summary>
    /// Shadow mode (docs/domain/execution.md#shadow-mode, seed 003 §9 task 10.2.2): orders are computed, walked and filled by the paper model and stored, labelled SHADOW and
    /// simulated, and never sent to a broker, whatever the live settings say. Default false.
    /// </summary>
    public bool ShadowMode { get; set; }

    /// <summary>When true and the mode is PAPER, a received recommendation is approved at once (its order created). Default false: wait for approval.</summary>
    public bool AutoSubmit { get; set; }

    /// <summary>How often the order worker polls working orders, in milliseconds (default 1000).</summary>
    [Range(10, 60_000)]
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>How often reconciliation runs after the one at start, in seconds (docs/domain/execution.md#reconciliation, seed 003 §4 task 5.1.1: 120).</summary>
    [Range(1, 86_400)]
    public int ReconcileIntervalSeconds { get; set; } = 120;

    /// <summary>Most combo units one approval may ask for.</summary>
    [Range(1, 10_000)]
    public int MaxQuantity { get; set; } = 100;

    /// <summary>The walking limit of entries (docs/domain/execution.md#walking-limit, seed 003 Appendix B).</summary>
    [Required]
    public WalkOptions Walk { get; set; } = new();
}
