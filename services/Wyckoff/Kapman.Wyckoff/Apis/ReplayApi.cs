using Kapman.Wyckoff.Data;
using Kapman.Wyckoff.Replay;
using MassTransit;

namespace Kapman.Wyckoff.Apis;

/// <summary>
/// <c>POST /replay</c> (behind the gateway's API key as <c>/api/wyckoff/replay</c>): sends the IndicatorsComputed events this
/// service received for a date range (<see cref="StoredEventReader"/>) to its own queue, each with a new MessageId so the
/// inbox processes it again. With changed parameters (a new model_version) the snapshots are stored beside
/// the old ones. 400 with a problem detail for another event, from &gt; to, a year outside the calendar or a range over
/// <see cref="ReplayRequest.MaxDays"/> days.
/// </summary>
public static class ReplayApi
{
    /// <summary>The consumer's queue (kebab-case endpoint name with the "wyckoff" prefix).</summary>
    public const string Queue = "wyckoff-indicators-computed";

    public static IEndpointRouteBuilder MapReplayApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/replay", Replay).WithName("ReplayIndicatorsComputed").WithSummary("Re-send the received IndicatorsComputed events of a date range").WithTags("Wyckoff");
        return app;
    }

    /// <summary>Sends the range's stored events to <see cref="Queue"/>; 400 when the request breaks a rule of <see cref="ReplayRequest.Problem"/>.</summary>
    public static async Task<IResult> Replay(ReplayRequest request, StoredEventReader reader, ISendEndpointProvider sender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sender);
        if (request.Problem() is { } problem)
        {
            return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var events = await reader.IndicatorsComputedAsync(request.From, request.To, ct);
        var endpoint = await sender.GetSendEndpoint(new Uri("queue:" + Queue));
        foreach (var message in events)
        {
            await endpoint.Send(message, context => context.MessageId = NewId.NextGuid(), ct);
        }

        return Results.Ok(new ReplayResult(ReplayRequest.IndicatorsComputed, Queue, events.Count, events.Select(e => e.SessionDate).ToArray()));
    }
}
