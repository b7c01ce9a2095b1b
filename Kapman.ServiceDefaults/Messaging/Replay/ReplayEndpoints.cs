using Kapman.Contracts;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Kapman.ServiceDefaults.Messaging.Replay;

/// <summary>
/// Event replay for reprocessing (issue 17 §8), mapped by every service with messaging (through
/// <see cref="Extensions.MapDefaultEndpoints"/>): the service re-sends events it published, read back from its own outbox
/// (its event log, kept <see cref="OutboxOptions.RetentionDays"/>), so no service reads another's schema.
/// </summary>
public static class ReplayEndpoints
{
    /// <summary>Most stored events one replay sends; a range holding more is refused, so a replay never stops halfway.</summary>
    public const int MaxEvents = 20_000;

    /// <summary>
    /// Maps <c>POST /replay</c> (through the gateway <c>POST /api/&lt;service&gt;/replay</c> with the API key; the service itself
    /// requires the gateway credential like every mutating call). Body <see cref="ReplayRequest"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapReplayEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/replay", ReplayAsync)
            .WithName("ReplayStoredEvents")
            .WithSummary("Re-send this service's stored events of a session range to one consumer endpoint")
            .WithTags("Replay");
        return app;
    }

    /// <summary>
    /// Sends every published event of the request's type and sessions in this service's outbox, in session then publishing
    /// order, to the one queue of the request's endpoint (<c>queue:</c> address: it bypasses the event's exchange, so no other
    /// consumer sees it), each with a new MessageId: the consumer's inbox takes it as new work and does it again, and its
    /// effects stay idempotent because every consumer writes by upsert and emails by dedup key. 200 with a
    /// <see cref="ReplayResult"/>; 400 problem when <see cref="ReplayRequest.Plan"/> refuses the request or the range holds
    /// more than <see cref="MaxEvents"/> events.
    /// </summary>
    public static async Task<IResult> ReplayAsync(
        ReplayRequest? request, EventProducer producer, OutboxStore store, ISendEndpointProvider sender, ILoggerFactory loggers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(loggers);
        var (plan, problem) = request is null ? (null, "a JSON body {event, from, to, endpoint} is required.") : request.Plan(producer);
        if (plan is null)
        {
            return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Replay refused");
        }

        var route = plan.Route;
        var rows = await store.PublishedAsync(route.MessageType, plan.From, plan.To, MaxEvents + 1, ct);
        if (rows.Count > MaxEvents)
        {
            return Results.Problem(
                $"more than {MaxEvents} stored {route.Event} events in {plan.From:yyyy-MM-dd}..{plan.To:yyyy-MM-dd}: replay a shorter range.",
                statusCode: StatusCodes.Status400BadRequest, title: "Replay refused");
        }

        var endpoint = await sender.GetSendEndpoint(new Uri("queue:" + route.Endpoint));
        var sessions = new SortedSet<DateOnly>();
        var skipped = 0;
        foreach (var row in rows)
        {
            var (message, type, failure) = OutboxPayload.Decode(row);
            if (failure is not null)
            {
                skipped++;
                continue;
            }

            await endpoint.Send(message!, type!, context => context.MessageId = NewId.NextGuid(), ct);
            sessions.Add(((IIntegrationEvent)message!).SessionDate);
        }

        var result = new ReplayResult(route.Event, route.Producer, route.Endpoint, rows.Count - skipped, skipped, [.. sessions]);
        loggers.CreateLogger(typeof(ReplayEndpoints)).LogInformation(
            "Replayed {Sent} stored {Event} events of {From:yyyy-MM-dd}..{To:yyyy-MM-dd} to {Queue} ({Skipped} unreadable rows skipped)",
            result.Sent, route.Event, plan.From, plan.To, route.Endpoint, skipped);
        return Results.Ok(result);
    }
}
