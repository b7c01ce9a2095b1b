namespace Kapman.Execution.Core;

/// <summary>
/// Live trading is off unless two independent settings both ask for it (docs/domain/architecture.md#safety-defaults):
/// <c>Kapman:Execution:LiveTradingEnabled = true</c> and <c>Kapman:Execution:LiveTradingConfirmation</c>
/// equal to <see cref="Confirmation"/>. Anything else, including a typo, means paper.
/// </summary>
public static class TradingModeGate
{
    /// <summary>The exact confirmation phrase the second setting must hold.</summary>
    public const string Confirmation = "I-UNDERSTAND-THIS-SENDS-REAL-ORDERS";

    /// <summary>Resolves the mode with a reason an operator can read on the health page.</summary>
    public static (TradingMode Mode, string Reason) Resolve(bool liveTradingEnabled, string? confirmation)
    {
        if (!liveTradingEnabled)
        {
            return (TradingMode.Paper, "paper: LiveTradingEnabled is not true");
        }

        return string.Equals(confirmation, Confirmation, StringComparison.Ordinal)
            ? (TradingMode.Live, "live: both LiveTradingEnabled and LiveTradingConfirmation are set")
            : (TradingMode.Paper, "paper: LiveTradingEnabled is true but LiveTradingConfirmation does not match");
    }
}
