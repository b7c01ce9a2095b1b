using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Apis;

/// <summary>
/// Seed 000 §7.1 reads: <c>GET /snapshots/{ticker}</c> (latest, 404 when none), <c>GET /snapshots/{ticker}/history?from&amp;to</c>,
/// <c>GET /events/{ticker}?from&amp;to</c> (timeline), <c>GET /events?sessions=N</c> (recent across tickers, N 1-60,
/// default 5) and <c>GET /alerts/active?session</c> (BC ≥ 24, BC ≥ 20, SPRING + SOS).
/// </summary>
public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/snapshots/{ticker}", async (string ticker, TimelineStore store, CancellationToken ct) =>
            await store.LatestAsync(ticker.ToUpperInvariant(), ct) is { } snapshot ? Results.Ok(snapshot) : Results.NotFound()).WithTags("Wyckoff");
        app.MapGet("/snapshots/{ticker}/history", async (string ticker, DateOnly? from, DateOnly? to, TimelineStore store, CancellationToken ct) =>
            TypedResults.Ok(await store.HistoryAsync(ticker.ToUpperInvariant(), from, to, ct))).WithTags("Wyckoff");
        app.MapGet("/events/{ticker}", async (string ticker, DateOnly? from, DateOnly? to, TimelineStore store, CancellationToken ct) =>
            TypedResults.Ok(await store.TimelineAsync(ticker.ToUpperInvariant(), from, to, ct))).WithTags("Wyckoff");
        app.MapGet("/events", async (int? sessions, TimelineStore store, CancellationToken ct) =>
            sessions is < 1 or > 60
                ? Results.Problem("sessions must be between 1 and 60.", statusCode: StatusCodes.Status400BadRequest)
                : Results.Ok(await store.RecentAsync(sessions ?? 5, ct))).WithTags("Wyckoff");
        app.MapGet("/alerts/active", async (DateOnly? session, TimelineStore store, CancellationToken ct) =>
            TypedResults.Ok(await store.ActiveAlertsAsync(session, ct))).WithTags("Wyckoff");
        return app;
    }
}
