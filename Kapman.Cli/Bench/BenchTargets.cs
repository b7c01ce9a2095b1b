using System.Text.Json;

namespace Kapman.Cli.Bench;

/// <summary>
/// The pages <c>kapman bench pages</c> times: Today, the ticker page and chart data of SPY and of the ticker with
/// the most Wyckoff events in the latest snapshots, Ops, Portfolios, Watchlists, Accuracy and one recommendation.
/// </summary>
internal static class BenchTargets
{
    /// <summary>The ticker every sample run has.</summary>
    public const string IndexTicker = "SPY";

    /// <summary>
    /// The page list. <paramref name="eventTicker"/> (null: none has events) and <paramref name="recommendationId"/>
    /// (null: none issued) add their pages when present.
    /// </summary>
    public static IReadOnlyList<BenchPage> Pages(string? eventTicker, Guid? recommendationId)
    {
        var pages = new List<BenchPage>
        {
            new("Today", "/"),
            new($"Ticker {IndexTicker}", $"/ticker/{IndexTicker}"),
            new($"chart data {IndexTicker}", $"/ticker/{IndexTicker}/chart.json"),
        };
        if (eventTicker is not null)
        {
            var escaped = Uri.EscapeDataString(eventTicker);
            pages.Add(new($"Ticker {eventTicker} (events)", $"/ticker/{escaped}"));
            pages.Add(new($"chart data {eventTicker}", $"/ticker/{escaped}/chart.json"));
        }

        pages.Add(new("Ops", "/ops"));
        pages.Add(new("Portfolios", "/portfolios"));
        pages.Add(new("Watchlists", "/watchlists"));
        pages.Add(new("Accuracy", "/accuracy"));
        if (recommendationId is { } id)
        {
            pages.Add(new("Recommendation", $"/recommendations/{id:D}"));
        }

        return pages;
    }

    /// <summary>
    /// From a <c>GET /api/wyckoff/snapshots</c> body (array of <c>{ticker, events: [...]}</c>): the ticker other than
    /// <see cref="IndexTicker"/> with the most events (ties: alphabetical), or null when none has any.
    /// </summary>
    public static string? TickerWithMostEvents(JsonElement snapshots) =>
        snapshots.ValueKind != JsonValueKind.Array
            ? null
            : snapshots.EnumerateArray()
                .Select(s => (Ticker: Text(s, "ticker"), Events: Count(s, "events")))
                .Where(s => s.Ticker is not null && s.Events > 0 && !string.Equals(s.Ticker, IndexTicker, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(s => s.Events).ThenBy(s => s.Ticker, StringComparer.Ordinal)
                .Select(s => s.Ticker)
                .FirstOrDefault();

    /// <summary>
    /// From a <c>GET /api/recommendation/recommendations</c> body (array of <c>{id, status}</c>): the id of the first
    /// ISSUED recommendation, else of the first one at all, else null.
    /// </summary>
    public static Guid? FirstRecommendationId(JsonElement recommendations)
    {
        if (recommendations.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var rows = recommendations.EnumerateArray()
            .Select(r => (Id: Guid.TryParse(Text(r, "id"), out var id) ? id : (Guid?)null, Status: Text(r, "status")))
            .Where(r => r.Id is not null)
            .ToList();
        return rows.FirstOrDefault(r => r.Status == "ISSUED").Id ?? rows.FirstOrDefault().Id;
    }

    private static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int Count(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.GetArrayLength()
            : 0;
}
