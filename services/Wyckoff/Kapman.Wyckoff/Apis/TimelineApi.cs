using Kapman.Wyckoff.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Wyckoff.Apis;

/// <summary>
/// docs/domain/data-contracts.md#wyckoff-http-reads (Seed 000 §7.1) reads: <c>GET /snapshots/{ticker}</c> (latest, 404 when none), <c>GET /snapshots/{ticker}/history?from&amp;to</c>,
/// <c>GET /snapshots/{ticker}/scores?from&amp;to</c> (the history's scores, signal, phase and events only),
/// <c>GET /events/{ticker}?from&amp;to</c> (timeline), <c>GET /events?sessions=N</c> (recent across tickers, N 1-60,
/// default 5) and <c>GET /alerts/active?session</c> (BC ≥ 24, BC ≥ 20, SPRING + SOS). Tickers are matched upper-cased.
/// </summary>
public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/snapshots/{ticker}", GetLatestSnapshot).WithName("GetLatestSnapshot").WithSummary("The ticker's latest snapshot").WithTags("Wyckoff");
        app.MapGet("/snapshots/{ticker}/history", GetSnapshotHistory).WithName("GetSnapshotHistory").WithSummary("The ticker's snapshots over a range").WithTags("Wyckoff");
        app.MapGet("/snapshots/{ticker}/scores", GetScoreHistory).WithName("GetScoreHistory").WithSummary("The ticker's scores, phase and events over a range").WithTags("Wyckoff");
        app.MapGet("/events/{ticker}", GetTimeline).WithName("GetTimeline").WithSummary("The ticker's events over a range").WithTags("Wyckoff");
        app.MapGet("/events", GetRecentEvents).WithName("GetRecentEvents").WithSummary("Events of every ticker over the latest sessions").WithTags("Wyckoff");
        app.MapGet("/alerts/active", GetActiveAlerts).WithName("GetActiveAlerts").WithSummary("Active alerts of a session").WithTags("Wyckoff");
        return app;
    }

    /// <summary>The ticker's latest snapshot; 404 when it has none.</summary>
    public static async Task<IResult> GetLatestSnapshot(string ticker, TimelineStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        ArgumentNullException.ThrowIfNull(store);
        return await store.LatestAsync(ticker.ToUpperInvariant(), ct) is { } snapshot ? Results.Ok(snapshot) : Results.NotFound();
    }

    /// <summary>The ticker's snapshots from <paramref name="from"/> to <paramref name="to"/> (open when null), oldest first.</summary>
    public static async Task<Ok<IEnumerable<SnapshotDto>>> GetSnapshotHistory(string ticker, DateOnly? from, DateOnly? to, TimelineStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.HistoryAsync(ticker.ToUpperInvariant(), from, to, ct));
    }

    /// <summary>The ticker's scores, signal, phase and events from <paramref name="from"/> to <paramref name="to"/> (open when null), oldest first.</summary>
    public static async Task<Ok<IEnumerable<ScoreHistoryDto>>> GetScoreHistory(string ticker, DateOnly? from, DateOnly? to, TimelineStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.ScoreHistoryAsync(ticker.ToUpperInvariant(), from, to, ct));
    }

    /// <summary>The ticker's events from <paramref name="from"/> to <paramref name="to"/> (open when null), oldest first.</summary>
    public static async Task<Ok<IEnumerable<EventDto>>> GetTimeline(string ticker, DateOnly? from, DateOnly? to, TimelineStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.TimelineAsync(ticker.ToUpperInvariant(), from, to, ct));
    }

    /// <summary>Events of the latest <paramref name="sessions"/> sessions (default 5); 400 outside 1-60.</summary>
    public static async Task<IResult> GetRecentEvents(int? sessions, TimelineStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return sessions is < 1 or > 60
            ? Results.Problem("sessions must be between 1 and 60.", statusCode: StatusCodes.Status400BadRequest)
            : Results.Ok(await store.RecentAsync(sessions ?? 5, ct));
    }

    /// <summary>Active alerts of a session (latest when null).</summary>
    public static async Task<Ok<IEnumerable<ActiveAlertDto>>> GetActiveAlerts(DateOnly? session, TimelineStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.ActiveAlertsAsync(session, ct));
    }
}
