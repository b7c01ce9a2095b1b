namespace Kapman.Recommendation.Backtests;

/// <summary>
/// The body of <c>POST /backtests</c>, as <c>kapman backtest</c>'s options: <c>{"strategy":"iron_condor","underlying":"SPY",
/// "from":"2019-01-02","to":"2019-06-28","minEvNet":null}</c>. Dates are ISO strings (yyyy-MM-dd) so a malformed one is answered
/// as a validation problem naming it.
/// </summary>
/// <param name="Strategy">Structure code: iron_condor, credit_put_spread or credit_call_spread.</param>
/// <param name="Underlying">Ticker with stored bars under the data root.</param>
/// <param name="From">First session decided.</param>
/// <param name="To">Last session; positions still open then close at its mark.</param>
/// <param name="MinEvNet">Stage G's EV_net minimum override, $ per structure; null keeps the live default (0).</param>
public sealed record BacktestRequest(string? Strategy, string? Underlying, string? From, string? To, double? MinEvNet);
