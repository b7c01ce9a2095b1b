using Kapman.Execution.Core;

namespace Kapman.Execution.Trading;

/// <summary>
/// Where a new order goes: SHADOW when <see cref="ExecutionOptions.ShadowMode"/> is on (computed by the paper model and stored, never
/// sent); LIVE only when both live settings ask for it (<see cref="TradingModeGate"/>); PAPER otherwise. A LIVE order also needs the
/// operator's API key on the approval and a registered live broker (Tradier enabled).
/// </summary>
public static class ExecutionMode
{
    /// <summary>PAPER.</summary>
    public const string Paper = "PAPER";

    /// <summary>SHADOW.</summary>
    public const string Shadow = "SHADOW";

    /// <summary>LIVE.</summary>
    public const string Live = "LIVE";

    /// <summary>The mode of new orders under <paramref name="options"/>.</summary>
    public static string Of(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ShadowMode)
        {
            return Shadow;
        }

        return TradingModeGate.Resolve(options.LiveTradingEnabled, options.LiveTradingConfirmation).Mode == TradingMode.Live ? Live : Paper;
    }
}
