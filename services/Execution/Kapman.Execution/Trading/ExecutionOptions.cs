using Kapman.Execution.Core;

namespace Kapman.Execution.Trading;

/// <summary>
/// Section <c>Kapman:Execution</c>: the two settings of <see cref="TradingModeGate"/>. Live trading needs both; anything else,
/// including a confirmation with a typo, means paper. A value that is not a boolean stops the service at start.
/// </summary>
public sealed class ExecutionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Execution";

    /// <summary>First switch of live trading; default false (paper).</summary>
    public bool LiveTradingEnabled { get; set; }

    /// <summary>Second switch: must equal <see cref="TradingModeGate.Confirmation"/> exactly; default none.</summary>
    public string? LiveTradingConfirmation { get; set; }
}
