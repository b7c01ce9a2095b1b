using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>What a backtest run produced.</summary>
/// <param name="Settings">The settings it ran with.</param>
/// <param name="Thresholds">The thresholds the pipeline ran with (<see cref="BacktestSettings.EffectiveThresholds"/>).</param>
/// <param name="Trades">Closed trades in order of entry.</param>
/// <param name="Equity">One point per session walked.</param>
/// <param name="Decisions">Sessions the pipeline decided.</param>
/// <param name="Accepted">Decisions every stage passed (entries).</param>
/// <param name="RejectionsByStage">Rejections by stage letter ("A".."H").</param>
/// <param name="SessionsAtCap">Sessions not decided because the position cap was reached.</param>
/// <param name="FailedChecks">Failed comparisons of the rejecting verdicts, by "stage: check" (a leg's OCC symbol read as "leg", a date as "date"); one
/// rejection may fail several.</param>
/// <param name="SessionsWithoutVix">Sessions not decided because no VIX close was stored (no chain can be priced).</param>
public sealed record BacktestResult(
    BacktestSettings Settings,
    DecisionThresholds Thresholds,
    IReadOnlyList<BacktestTrade> Trades,
    IReadOnlyList<EquityPoint> Equity,
    int Decisions,
    int Accepted,
    IReadOnlyDictionary<string, int> RejectionsByStage,
    IReadOnlyDictionary<string, int> FailedChecks,
    int SessionsAtCap,
    int SessionsWithoutVix);
