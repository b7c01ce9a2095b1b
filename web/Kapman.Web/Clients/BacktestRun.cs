namespace Kapman.Web.Clients;

/// <summary>
/// One backtest run (recommendation API <c>GET /backtests</c>, <c>GET /backtests/{id}</c>): parameters, status (queued, running,
/// succeeded, failed) and timings (UTC), the pricing of its chains (<c>model-priced</c> or <c>stored-chain</c>), the walk's counts,
/// the marked equity's largest drawdown (dollars, calendar days) and, once succeeded, the overall figures.
/// </summary>
public sealed record BacktestRun(
    Guid Id,
    string Strategy,
    string Underlying,
    DateOnly From,
    DateOnly To,
    double? MinEvNet,
    double InitialCapital,
    string Status,
    string? Error,
    string Pricing,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int? Sessions,
    int? Decisions,
    int? Accepted,
    int? SessionsAtCap,
    int? SessionsWithoutVix,
    double? MaxDrawdownUsd,
    int? MaxDrawdownDays,
    IReadOnlyDictionary<string, int>? RejectionsByStage,
    BacktestMetrics? Overall)
{
    /// <summary>The pricing label of a model-priced run.</summary>
    public const string ModelPriced = "model-priced";

    /// <summary>True when the run rests on model-priced chains.</summary>
    public bool IsModelPriced => Pricing == ModelPriced;
}
