using System.Text.Json;
using Kapman.Execution.Data;
using Kapman.Execution.Orders;
using Kapman.Execution.Trading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Execution.Apis;

/// <summary><c>GET /approvals</c> and <c>POST /approvals/{recommendationId}</c>.</summary>
public static class ApprovalsApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapApprovalsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/approvals", GetApprovals).WithName("GetApprovals").WithSummary("Recommendations execution received, newest first").WithTags("Approvals");
        app.MapPost("/approvals/{recommendationId:guid}", Approve).WithName("Approve").WithSummary("Approves a recommendation: creates its order").WithTags("Approvals");
        return app;
    }

    /// <summary>The latest <paramref name="limit"/> approvals (default 100, clamped to 1-1000).</summary>
    public static async Task<Ok<List<ApprovalDto>>> GetApprovals(int? limit, ApprovalStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = await store.RecentAsync(Math.Clamp(limit ?? 100, 1, 1000), ct);
        return TypedResults.Ok(rows.Select(r => new ApprovalDto(
            r.RecommendationId, r.SessionDate, r.Ticker, r.Strategy,
            (JsonSerializer.Deserialize<List<ApprovedLeg>>(r.Legs, Json) ?? []).Select(l => new ApprovalLegDto(l.OccSymbol, l.Side, l.Ratio * r.Contracts, l.LimitPrice)).ToList(),
            r.LimitPrice, r.Status, r.OrderId)).ToList());
    }

    /// <summary>
    /// 202 with the new order; 200 with the same order when already approved; 404 unknown recommendation; 409 when the kill switch is not
    /// normal (the problem says why); 403 for a live order without the operator's key; 400 for a quantity out of range.
    /// </summary>
    public static async Task<Results<Accepted<ApprovedDto>, Ok<ApprovedDto>, ProblemHttpResult>> Approve(
        Guid recommendationId, ApproveRequest? body, HttpRequest request, OrderEntry entry, OperatorKey key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(key);
        var outcome = await entry.ApproveAsync(recommendationId, body?.Quantity, key.IsPresented(request), ct);
        return outcome switch
        {
            { OrderId: { } id, Created: true } => TypedResults.Accepted($"/orders/{id}", new ApprovedDto(id)),
            { OrderId: { } id } => TypedResults.Ok(new ApprovedDto(id)),
            _ => TypedResults.Problem(statusCode: outcome.Status, detail: outcome.Problem),
        };
    }
}
