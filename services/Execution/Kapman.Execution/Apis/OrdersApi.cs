using Kapman.Execution.Core;
using Kapman.Execution.Data;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Apis;

/// <summary><c>GET /orders</c>, <c>GET /orders/{id}</c>, <c>POST /orders/{id}/cancel</c> and <c>GET /trading-mode</c>.</summary>
public static class OrdersApi
{
    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders", GetOrders).WithName("GetOrders").WithSummary("The latest orders, newest first").WithTags("Orders");
        app.MapGet("/orders/{id:guid}", GetOrder).WithName("GetOrder").WithSummary("One order with its legs, transitions, walk steps and fills").WithTags("Orders");
        app.MapPost("/orders/{id:guid}/cancel", CancelOrder).WithName("CancelOrder").WithSummary("Asks the worker to cancel an active order").WithTags("Orders");
        app.MapGet("/trading-mode", GetTradingMode).WithName("GetTradingMode").WithSummary("Paper or live, with the reason").WithTags("Orders");
        return app;
    }

    /// <summary>The latest <paramref name="limit"/> orders (default 100, clamped to 1-1000), newest first.</summary>
    public static async Task<Ok<List<OrderDto>>> GetOrders(int? limit, OrderStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok((await store.RecentAsync(Math.Clamp(limit ?? 100, 1, 1000), ct)).Select(Dto).ToList());
    }

    /// <summary>The order, or 404.</summary>
    public static async Task<Results<Ok<OrderDetailDto>, ProblemHttpResult>> GetOrder(Guid id, OrderStore store, WalkStepStore steps, FillStore fills, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(fills);
        if (await store.GetAsync(id, ct) is not { } o)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"order {id} is unknown");
        }

        var transitions = await store.TransitionsAsync(id, ct);
        var walk = await steps.ForOrderAsync(id, ct);
        var executions = await fills.ForOrderAsync(id, ct);
        return TypedResults.Ok(new OrderDetailDto(
            o.Id, o.RecommendationId, o.Ticker, o.Strategy, o.Mode, o.Simulated, o.State, o.LimitPrice, o.FilledQuantity, o.Quantity, o.AverageFillPrice,
            o.CreatedAt, o.UpdatedAt, o.Purpose, o.PriceType,
            o.Legs.Select(l => new OrderLegDto(l.OccSymbol, l.Side, l.Ratio * o.Quantity, l.PositionEffect)).ToList(),
            transitions.Select(t => new TransitionDto(t.FromState, t.ToState, t.At, t.Reason)).ToList(),
            walk.Select(s => new WalkStepDto(s.Step, s.Price, s.CreatedAt, s.Outcome is null ? s.Status : $"{s.Status}: {s.Outcome}")).ToList(),
            executions.Select(f => new FillDto(f.OccSymbol, f.Contracts, f.Price, f.Commission, f.At, f.Simulated)).ToList()));
    }

    /// <summary>202 once the cancel is asked (the worker cancels at the broker); 404 unknown; 409 when the order has ended.</summary>
    public static async Task<Results<Accepted, ProblemHttpResult>> CancelOrder(Guid id, ServiceDatabase database, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        await using var tx = await database.BeginAsync(ct);
        if (await OrderStore.LockAsync(tx, id, ct) is not { } order)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"order {id} is unknown");
        }

        if (order.State is not ("new" or "working" or "partially_filled"))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: $"order {id} is {order.State}: nothing to cancel");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await OrderStore.RequestCancelAsync(tx, [id], "cancelled by the operator", now, ct) > 0)
        {
            await JournalStore.AddAsync(tx, new JournalRow(now, "ORDER", id, order.Ticker, "operator asked to cancel"), ct);
        }

        await tx.CommitAsync(ct);
        return TypedResults.Accepted((string?)null);
    }

    /// <summary><c>{ mode: "PAPER" | "LIVE", reason }</c> from the two settings (<see cref="TradingModeGate"/>).</summary>
    public static Ok<TradingModeDto> GetTradingMode(IOptions<ExecutionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (mode, reason) = TradingModeGate.Resolve(options.Value.LiveTradingEnabled, options.Value.LiveTradingConfirmation);
        return TypedResults.Ok(new TradingModeDto(mode.ToString().ToUpperInvariant(), reason));
    }

    private static OrderDto Dto(OrderRow o) => new(
        o.Id, o.RecommendationId, o.Ticker, o.Strategy, o.Mode, o.Simulated, o.State, o.LimitPrice, o.FilledQuantity, o.Quantity, o.AverageFillPrice,
        o.CreatedAt, o.UpdatedAt, o.Purpose, o.PriceType);
}
