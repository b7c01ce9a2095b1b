namespace Kapman.Recommendation.Data;

/// <summary>
/// <c>GET /backtests/{id}</c>: the run, its performance report (overall, by strategy, by underlying), its equity and drawdown series
/// and one page of its trades (<see cref="TradesTotal"/> in all).
/// </summary>
/// <param name="Run">The run.</param>
/// <param name="ByStrategy">Metrics per structure code.</param>
/// <param name="ByUnderlying">Metrics per ticker.</param>
/// <param name="Equity">Equity and drawdown per session.</param>
/// <param name="Trades">The page of trades, by sequence number.</param>
/// <param name="TradesTotal">Trades of the run.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Trades per page.</param>
public sealed record BacktestDetailDto(
    BacktestRunDto Run,
    IReadOnlyList<BacktestMetricsDto> ByStrategy,
    IReadOnlyList<BacktestMetricsDto> ByUnderlying,
    IReadOnlyList<BacktestPointDto> Equity,
    IReadOnlyList<BacktestTradeDto> Trades,
    int TradesTotal,
    int Page,
    int PageSize);
