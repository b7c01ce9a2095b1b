using Kapman.MarketData;
using Kapman.Recommendation.Decision.Chain;

namespace Kapman.Recommendation.Backtest.History;

/// <summary>One stored session the backtest walks: the underlying's daily bar and the VIX and VIX3M closes of the same date.</summary>
/// <param name="Bar">The underlying's raw (unadjusted) daily bar.</param>
/// <param name="Vix">VIX close, index points, or null when none was stored for the date.</param>
/// <param name="Vix3M">VIX3M close, index points, or null (VIX3M starts 2009-09-18).</param>
public sealed record BacktestSession(Bar Bar, double? Vix, double? Vix3M)
{
    /// <summary>The session date.</summary>
    public DateOnly Date => Bar.Date;

    /// <summary>
    /// The chain stored for this session (real quotes), or null: the session then decides on a model-priced chain. Exits and marks
    /// stay model-priced (a stored chain is one session's snapshot).
    /// </summary>
    public DecisionChain? StoredChain { get; init; }
}
