namespace Kapman.Web.Clients;

/// <summary>The answer to <c>POST /backtests</c>: the queued run's id.</summary>
public sealed record BacktestStarted(Guid Id, string Status);
