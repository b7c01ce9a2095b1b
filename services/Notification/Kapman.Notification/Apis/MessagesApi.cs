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
        app.MapGet("/messages/{id:guid}", GetMessage).WithName("GetMessage")
            .WithSummary("One message's plain text and HTML part; 404 problem details when unknown").WithTags("Messages");
        return app;
    }

    /// <summary>The latest <paramref name="limit"/> messages (default 50, clamped to 1-500).</summary>
    public static async Task<Ok<IEnumerable<MessageDto>>> GetMessages(int? limit, MessageStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.RecentAsync(Math.Clamp(limit ?? 50, 1, 500), ct));
    }

    /// <summary>The message <paramref name="id"/> with its plain text and HTML part, or 404 problem details.</summary>
    public static async Task<Results<Ok<MessageContentDto>, ProblemHttpResult>> GetMessage(Guid id, MessageStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.ContentAsync(id, ct) is { } message
            ? TypedResults.Ok(message)
            : TypedResults.Problem($"No message {id} in the log.", statusCode: StatusCodes.Status404NotFound, title: "Message not found");
    }
}
