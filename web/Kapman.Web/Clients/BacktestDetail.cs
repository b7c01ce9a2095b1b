namespace Kapman.Web.Clients;

/// <summary>A run with its report (by strategy, by underlying; the overall figures are on <see cref="BacktestRun.Overall"/>), its equity series and a page of its trades.</summary>
public sealed record BacktestDetail(
    BacktestRun Run,
    IReadOnlyList<BacktestMetrics> ByStrategy,
    IReadOnlyList<BacktestMetrics> ByUnderlying,
    IReadOnlyList<BacktestPoint> Equity,
    IReadOnlyList<BacktestTrade> Trades,
    int TradesTotal,
    int Page,
    int PageSize);
