namespace Kapman.Gateway.Tests;

/// <summary>
/// Every mutating route of the suite, through the gateway: the services' (services/*/Kapman.*/Apis: MapPost, MapPut,
/// MapDelete) and the web UI's HTML form posts (web/Kapman.Web: Ops, Portfolios, Watchlists, Execution, Backtests). Kept by hand: a route
/// added to a service belongs here too.
/// </summary>
public static class MutatingRoutes
{
    /// <summary>The routes; ids and names are examples (the stub backends answer any path).</summary>
    public static IReadOnlyList<MutatingRoute> All { get; } =
    [
        new("POST", "/api/ingestion/pipeline/runs", "ingestion"),
        new("POST", "/api/ingestion/backfill", "ingestion"),
        new("POST", "/api/ingestion/backfill/jobs", "ingestion"),
        new("POST", "/api/ingestion/portfolios", "ingestion"),
        new("PUT", "/api/ingestion/portfolios/1", "ingestion"),
        new("DELETE", "/api/ingestion/portfolios/1", "ingestion"),
        new("POST", "/api/ingestion/portfolios/1/tickers", "ingestion"),
        new("DELETE", "/api/ingestion/portfolios/1/tickers/AAPL", "ingestion"),
        new("PUT", "/api/ingestion/watchlists/core", "ingestion"),
        new("POST", "/api/recommendation/recommendations/generate?session=2025-08-26", "recommendation"),
        new("POST", "/api/recommendation/recommendations/evaluate", "recommendation"),
        new("POST", "/api/recommendation/backtests", "recommendation"),
        new("POST", "/api/execution/approvals/0b4e1c8a-3f2d-4a5e-9c71-2d6f8e0a1b35", "execution"),
        new("POST", "/api/execution/orders/0b4e1c8a-3f2d-4a5e-9c71-2d6f8e0a1b35/cancel", "execution"),
        new("POST", "/api/execution/kill-switch", "execution"),
        // Every service with messaging maps POST /replay (ServiceDefaults' ReplayEndpoints).
        new("POST", "/api/ingestion/replay", "ingestion"),
        new("POST", "/api/metrics/replay", "metrics"),
        new("POST", "/api/options/replay", "options"),
        new("POST", "/api/wyckoff/replay", "wyckoff"),
        new("POST", "/api/recommendation/replay", "recommendation"),
        new("POST", "/api/notification/replay", "notification"),
        new("POST", "/api/execution/replay", "execution"),
        // History on demand (ServiceDefaults' HistoryEndpoints), mapped by metrics, wyckoff and recommendation.
        new("POST", "/api/metrics/history/compute", "metrics"),
        new("POST", "/api/wyckoff/history/compute", "wyckoff"),
        new("POST", "/api/recommendation/history/compute", "recommendation"),
        new("POST", "/ops/redrive", GatewayServices.Web),
        new("POST", "/ops/replay", GatewayServices.Web),
        new("POST", "/portfolios/create", GatewayServices.Web),
        new("POST", "/portfolios/1/rename", GatewayServices.Web),
        new("POST", "/portfolios/1/delete", GatewayServices.Web),
        new("POST", "/portfolios/1/tickers", GatewayServices.Web),
        new("POST", "/portfolios/1/tickers/AAPL/delete", GatewayServices.Web),
        new("POST", "/watchlists/save", GatewayServices.Web),
        new("POST", "/watchlists/add", GatewayServices.Web),
        new("POST", "/watchlists/remove", GatewayServices.Web),
        new("POST", "/approvals/0b4e1c8a-3f2d-4a5e-9c71-2d6f8e0a1b35/approve", GatewayServices.Web),
        new("POST", "/orders/0b4e1c8a-3f2d-4a5e-9c71-2d6f8e0a1b35/cancel", GatewayServices.Web),
        new("POST", "/kill-switch/set", GatewayServices.Web),
        new("POST", "/backtests/start", GatewayServices.Web),
    ];
}
