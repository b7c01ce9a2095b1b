using Kapman.Notification.Discord.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Notification.Discord;

/// <summary><c>GET /discord/deliveries?state=PARKED&amp;limit=50</c>: the scheduled Discord posts, for operators (a parked one shows its reason).</summary>
public static class DiscordDeliveriesApi
{
    private static readonly string[] States = ["PENDING", "SENDING", "SENT", "PARKED"];

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapDiscordApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/discord/deliveries", GetDeliveries).WithName("GetDiscordDeliveries")
            .WithSummary("Scheduled Discord tier posts, latest due first; state PENDING, SENDING, SENT or PARKED").WithTags("Discord");
        return app;
    }

    /// <summary>The latest <paramref name="limit"/> deliveries (default 50, clamped to 1-500) in <paramref name="state"/> (any when absent).</summary>
    public static async Task<Results<Ok<IEnumerable<DiscordDeliveryDto>>, ValidationProblem>> GetDeliveries(string? state, int? limit, DiscordDeliveryStore store,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var normalized = state?.Trim().ToUpperInvariant();
        if (normalized is not null && !States.Contains(normalized))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = [$"state must be one of {string.Join(", ", States)}"] });
        }

        return TypedResults.Ok(await store.ListAsync(normalized, Math.Clamp(limit ?? 50, 1, 500), ct));
    }
}
