namespace Kapman.Cli.Api;

/// <summary>202 body of <c>POST /api/recommendation/backtests</c>.</summary>
/// <param name="Id">The queued run's id (the web shows it at <c>/backtests/{id}</c>).</param>
/// <param name="Status">"queued".</param>
internal sealed record BacktestAccepted(Guid Id, string Status);
