using Kapman.Execution.Data;
using Kapman.Execution.Positions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Execution.Apis;

/// <summary><c>GET /positions</c> and <c>GET /journal</c>.</summary>
public static class PositionsApi
{
    public static IEndpointRouteBuilder MapPositionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/positions", GetPositions).WithName("GetPositions").WithSummary("Open position groups, marked with the stored chain").WithTags("Positions");
        app.MapGet("/journal", GetJournal).WithName("GetJournal").WithSummary("The journal, newest first").WithTags("Positions");
        return app;
    }

    /// <summary>The position groups holding contracts; with <paramref name="includeClosed"/> the flat ones too.</summary>
    public static async Task<Ok<IReadOnlyList<PositionDto>>> GetPositions(bool? includeClosed, PositionView view, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        return TypedResults.Ok(await view.ListAsync(includeClosed ?? false, ct));
    }

    /// <summary>The latest <paramref name="limit"/> journal lines (default 200, clamped to 1-1000).</summary>
    public static async Task<Ok<List<JournalDto>>> GetJournal(int? limit, JournalStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok((await store.RecentAsync(Math.Clamp(limit ?? 200, 1, 1000), ct)).Select(j => new JournalDto(j.At, j.Kind, j.OrderId, j.Ticker, j.Text)).ToList());
    }
}
