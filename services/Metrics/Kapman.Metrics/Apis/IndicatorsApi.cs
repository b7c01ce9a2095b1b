using Kapman.Metrics.Core;
using Kapman.Metrics.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Metrics.Apis;

/// <summary><c>GET /indicators?session=D&amp;ticker=T</c>: stored indicators; the latest session when none is given.</summary>
public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/indicators", async Task<Ok<IEnumerable<IndicatorSnapshot>>> (DateOnly? session, string? ticker, IndicatorStore store, CancellationToken ct) =>
        {
            var day = session ?? await store.LatestSessionAsync(ct);
            return TypedResults.Ok(day is { } d ? await store.ForSessionAsync(d, ticker?.ToUpperInvariant(), ct) : []);
        }).WithTags("Indicators");
        return app;
    }
}
