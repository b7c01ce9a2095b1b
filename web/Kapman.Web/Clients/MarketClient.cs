using Kapman.MarketData;

namespace Kapman.Web.Clients;

/// <summary>
/// What the Ticker page reads through the gateway: bars (ingestion), indicators (metrics), the option chain and
/// dealer metrics (options). <paramref name="http"/> is based at the gateway.
/// </summary>
public sealed class MarketClient(HttpClient http)
{
    /// <summary>The ticker's raw daily bars over the last 365 days up to its newest bar, oldest first.</summary>
    public Task<GatewayResult<IReadOnlyList<Bar>>> GetBarsAsync(string ticker, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<Bar>>(http, $"/api/ingestion/bars/{Uri.EscapeDataString(ticker)}", cancellationToken);

    /// <summary>The ticker's indicators of the latest session with data (a list of zero or one).</summary>
    public Task<GatewayResult<IReadOnlyList<Indicators>>> GetIndicatorsAsync(string ticker, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<Indicators>>(http, $"/api/metrics/indicators?ticker={Uri.EscapeDataString(ticker)}", cancellationToken);

    /// <summary>The option chain of <paramref name="ticker"/> with greeks for <paramref name="session"/> (null: the latest).</summary>
    public Task<GatewayResult<IReadOnlyList<OptionContract>>> GetChainAsync(string ticker, DateOnly? session, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<OptionContract>>(
            http, $"/api/options/contracts?underlying={Uri.EscapeDataString(ticker)}" + SessionQuery.For(session).Replace('?', '&'), cancellationToken);

    /// <summary>Dealer metrics of every underlying with a chain, latest session.</summary>
    public Task<GatewayResult<IReadOnlyList<DealerMetrics>>> GetDealerMetricsAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<DealerMetrics>>(http, "/api/options/dealer-metrics", cancellationToken);

    /// <summary>Dealer GEX per strike of the latest chain, by strike.</summary>
    public Task<GatewayResult<IReadOnlyList<GexStrike>>> GetGexByStrikeAsync(string ticker, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<GexStrike>>(http, $"/api/options/gex-by-strike?underlying={Uri.EscapeDataString(ticker)}", cancellationToken);

    /// <summary>The latest dealer-metrics row of <paramref name="ticker"/> (for the gamma flip).</summary>
    public Task<GatewayResult<DealerRow>> GetDealerRowAsync(string ticker, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<DealerRow>(http, $"/api/options/dealer-metrics/{Uri.EscapeDataString(ticker)}", cancellationToken);
}
