using Kapman.Notification.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Notification.Apis;

/// <summary>
/// <c>GET /messages?limit=50</c>: the outbound message log, newest first. A message whose send started but was never
/// confirmed (SENDING in the table) is reported UNKNOWN: it may have gone out, and is never re-sent automatically.
/// </summary>
public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/messages", GetMessages).WithName("GetMessages").WithSummary("The outbound message log, newest first").WithTags("Messages");
        return app;
    }

    /// <summary>The latest <paramref name="limit"/> messages (default 50, clamped to 1-500).</summary>
    public static async Task<Ok<IEnumerable<MessageDto>>> GetMessages(int? limit, MessageStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.RecentAsync(Math.Clamp(limit ?? 50, 1, 500), ct));
    }
}
