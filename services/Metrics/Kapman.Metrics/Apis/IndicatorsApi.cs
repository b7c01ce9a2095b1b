using Kapman.Metrics.Core;
using Kapman.Metrics.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Metrics.Apis;

/// <summary>
/// Indicator read endpoints. <c>GET /indicators?session=D&amp;ticker=T</c>: a session's rows (the latest session when
/// none is given); <c>GET /indicators/{ticker}?from=D&amp;to=D</c>: one ticker over a date range (both bounds
/// inclusive; default the last 365 days up to the latest session); <c>GET /indicators/latest?tickers=A,B</c>: the
/// latest row of each listed ticker (comma-separated, case-insensitive, at most 1,000).
/// </summary>
public static class IndicatorsApi
{
    /// <summary>Most tickers accepted by <c>/indicators/latest</c>.</summary>
    public const int MaxTickers = 1000;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/indicators", GetSessionIndicators).WithTags("Indicators");
        app.MapGet("/indicators/latest", GetLatestIndicators).WithTags("Indicators");
        app.MapGet("/indicators/{ticker}", GetTickerIndicators).WithTags("Indicators");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<IndicatorSnapshot>>> GetSessionIndicators(DateOnly? session, string? ticker, IndicatorStore store, CancellationToken ct)
    {
        var day = session ?? await store.LatestSessionAsync(ct);
        return TypedResults.Ok(day is { } d ? await store.ForSessionAsync(d, ticker?.ToUpperInvariant(), ct) : []);
    }

    private static async Task<Results<Ok<IReadOnlyList<IndicatorSnapshot>>, BadRequest<string>>> GetLatestIndicators(string? tickers, IndicatorStore store, CancellationToken ct)
    {
        var list = (tickers ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count is 0 or > MaxTickers)
        {
            return TypedResults.BadRequest($"tickers must list 1 to {MaxTickers} comma-separated symbols.");
        }

        return TypedResults.Ok(await store.LatestAsync(list, ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<IndicatorSnapshot>>, BadRequest<string>>> GetTickerIndicators(
        string ticker, DateOnly? from, DateOnly? to, IndicatorStore store, CancellationToken ct)
    {
        if ((to ?? await store.LatestSessionAsync(ct)) is not { } end)
        {
            return TypedResults.Ok<IReadOnlyList<IndicatorSnapshot>>([]);
        }

        var start = from ?? (end.DayNumber > 365 ? end.AddDays(-365) : DateOnly.MinValue);
        if (start > end)
        {
            return TypedResults.BadRequest("from must not be after to.");
        }

        return TypedResults.Ok(await store.ForTickerAsync(ticker.ToUpperInvariant(), start, end, ct));
    }
}
