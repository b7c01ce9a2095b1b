using Kapman.Execution.Core;
using Kapman.Execution.Data;
using Kapman.Execution.Trading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Apis;

/// <summary>Read-only <c>GET /orders</c> and <c>GET /trading-mode</c>; order entry arrives with the paper broker.</summary>
public static class OrdersApi
{
    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders", GetOrders).WithName("GetOrders").WithSummary("The latest orders, newest first").WithTags("Orders");
        app.MapGet("/trading-mode", GetTradingMode).WithName("GetTradingMode").WithSummary("Paper or live, with the reason").WithTags("Orders");
        return app;
    }

    /// <summary>The latest <paramref name="limit"/> orders (default 100, clamped to 1-1000), newest first.</summary>
    public static async Task<Ok<IEnumerable<OrderDto>>> GetOrders(int? limit, OrderStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.RecentAsync(Math.Clamp(limit ?? 100, 1, 1000), ct));
    }

    /// <summary><c>{ mode: "PAPER" | "LIVE", reason }</c> from the two settings (<see cref="TradingModeGate"/>).</summary>
    public static Ok<TradingModeDto> GetTradingMode(IOptions<ExecutionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (mode, reason) = TradingModeGate.Resolve(options.Value.LiveTradingEnabled, options.Value.LiveTradingConfirmation);
        return TypedResults.Ok(new TradingModeDto(mode.ToString().ToUpperInvariant(), reason));
    }
}
