using Kapman.Notification.Application;
using Kapman.Notification.Core.Routing;
using Kapman.Notification.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Notification.Apis;

/// <summary>
/// The operator's controls (issue 20 item 7, seed 004 §9): <c>POST /channels/{channel}/pause</c> and <c>/resume</c> (persisted; while paused,
/// messages are held and go out on resume), <c>POST /messages/{id}/acknowledge</c> and <c>POST /messages/{id}/resend</c>. Every one is a
/// mutating call, so the service defaults accept it only through the gateway (its credential), and the gateway only with the operator's
/// API key.
/// </summary>
public static class ControlsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapControlsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/channels/{channel}/pause", Pause).WithName("PauseChannel").WithSummary("Pause a channel: its messages are held").WithTags("Routing");
        app.MapPost("/channels/{channel}/resume", Resume).WithName("ResumeChannel").WithSummary("Resume a channel and send what it held").WithTags("Routing");
        app.MapPost("/messages/{id:guid}/acknowledge", Acknowledge).WithName("AcknowledgeMessage").WithSummary("Acknowledge an alert").WithTags("Messages");
        app.MapPost("/messages/{id:guid}/resend", Resend).WithName("ResendMessage").WithSummary("Send a copy of a message again").WithTags("Messages");
        return app;
    }

    /// <summary>Pauses <paramref name="channel"/>; 404 for an unknown channel.</summary>
    public static async Task<Results<Ok<ChannelChangeDto>, NotFound<string>>> Pause(string channel, ChannelRequest? request, ChannelControlStore controls,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controls);
        if (Known(channel) is not { } name)
        {
            return TypedResults.NotFound(UnknownChannel(channel));
        }

        var changed = await controls.SetAsync(name, true, request?.Reason, ct);
        return TypedResults.Ok(new ChannelChangeDto(name, true, changed, 0));
    }

    /// <summary>Resumes <paramref name="channel"/> and sends what it held; 404 for an unknown channel.</summary>
    public static async Task<Results<Ok<ChannelChangeDto>, NotFound<string>>> Resume(string channel, ChannelRequest? request, ChannelControlStore controls,
        HeldMessageReleaser releaser, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(releaser);
        if (Known(channel) is not { } name)
        {
            return TypedResults.NotFound(UnknownChannel(channel));
        }

        var changed = await controls.SetAsync(name, false, request?.Reason, ct);
        var released = await releaser.ReleaseAsync(name, ct);
        return TypedResults.Ok(new ChannelChangeDto(name, false, changed, released));
    }

    /// <summary>Acknowledges message <paramref name="id"/> (the first acknowledgement's time stands); 404 when there is none.</summary>
    public static async Task<Results<Ok<MessageDto>, NotFound>> Acknowledge(Guid id, MessageStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.AcknowledgeAsync(id, ct) && await store.FindAsync(id, ct) is { } message ? TypedResults.Ok(message) : TypedResults.NotFound();
    }

    /// <summary>Sends a copy of email message <paramref name="id"/> (held while email is paused); 404 when there is none.</summary>
    public static async Task<Results<Ok<ResendDto>, NotFound>> Resend(Guid id, EmailDispatcher email, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        return await email.ResendAsync(id, ct) is { } outcome ? TypedResults.Ok(new ResendDto(id, outcome.ToString())) : TypedResults.NotFound();
    }

    private static string? Known(string channel) =>
        Channels.All.FirstOrDefault(c => string.Equals(c, channel, StringComparison.OrdinalIgnoreCase));

    private static string UnknownChannel(string channel) => $"'{channel}' is not a channel; the channels are {string.Join(", ", Channels.All)}.";
}
