namespace Kapman.Web.Clients;

/// <summary>Typed client for the recommendation service's backtests through the gateway (<c>/api/recommendation/backtests</c>).</summary>
public sealed class BacktestClient(HttpClient http)
{
    /// <summary>Trades shown per page.</summary>
    public const int PageSize = 50;

    /// <summary>The latest runs, newest first.</summary>
    public Task<GatewayResult<IReadOnlyList<BacktestRun>>> ListAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<BacktestRun>>(http, "/api/recommendation/backtests", cancellationToken);

    /// <summary>One run with its report, series and trades page <paramref name="page"/>; <see cref="GatewayOutcome.NotFound"/> when unknown.</summary>
    public Task<GatewayResult<BacktestDetail>> GetAsync(Guid id, int page, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<BacktestDetail>(
            http, FormattableString.Invariant($"/api/recommendation/backtests/{id:D}?page={page}&pageSize={PageSize}"), cancellationToken);

    /// <summary>
    /// Starts a run (the gateway requires the web's API key, which this client carries): strategy code, ticker, ISO dates and an
    /// optional EV_net minimum ($). The reply holds the run's id, or the service's problem in words.
    /// </summary>
    public Task<GatewayReply<BacktestStarted>> StartAsync(string strategy, string underlying, string from, string to, double? minEvNet, CancellationToken cancellationToken) =>
        GatewayHttp.SendForReplyAsync<BacktestStarted>(
            http, HttpMethod.Post, "/api/recommendation/backtests", new { strategy, underlying, from, to, minEvNet }, KapmanServices.Recommendation, cancellationToken);
}
