namespace Kapman.Web.Clients;

/// <summary>
/// The performance of one group of a run's trades: scope <c>overall</c> (key <c>all</c>, on the marked equity), <c>strategy</c> or
/// <c>underlying</c> (on the group's realised equity). Money in dollars; win rate, drawdown and annualised return as fractions;
/// Sharpe, Sortino and Calmar annualised ratios (docs/domain/decision-engine.md#analytics).
/// </summary>
public sealed record BacktestMetrics(
    string Scope,
    string Key,
    string Pricing,
    int Trades,
    int Wins,
    int Losses,
    double WinRate,
    double AverageWin,
    double AverageLoss,
    double? ProfitFactor,
    double TotalPnl,
    double AverageDaysHeld,
    double Sharpe,
    double Sortino,
    double Calmar,
    double MaxDrawdown,
    double AnnualisedReturn);
