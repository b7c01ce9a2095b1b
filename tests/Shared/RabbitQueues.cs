using System.Net.Http.Json;
using System.Text.Json;

namespace Kapman.Testing;

/// <summary>
/// Queues on a test vhost through RabbitMQ's management API (a client made by <see cref="RabbitVirtualHost"/> or with
/// <see cref="LocalServers.RabbitMqManagementAuth"/>), for tests that stand in for a service's consumers: declare a queue
/// bound to an event's exchange the way MassTransit binds a consumer's, and take what reached it.
/// </summary>
internal static class RabbitQueues
{
    /// <summary>MassTransit's exchange of a Kapman.Contracts event type (fanout, durable), e.g. <c>Kapman.Contracts:MarketSessionIngested</c>.</summary>
    public static string EventExchange(string eventName) => "Kapman.Contracts:" + eventName;

    /// <summary>Declares the durable queue <paramref name="queue"/> bound to the event exchange of <paramref name="eventName"/> (declared too).</summary>
    public static async Task DeclareConsumerQueueAsync(HttpClient management, string virtualHost, string queue, string eventName)
    {
        ArgumentNullException.ThrowIfNull(management);
        var vhost = Uri.EscapeDataString(virtualHost);
        var exchange = Uri.EscapeDataString(EventExchange(eventName));
        (await management.PutAsJsonAsync(new Uri($"/api/exchanges/{vhost}/{exchange}", UriKind.Relative), new { type = "fanout", durable = true, auto_delete = false }))
            .EnsureSuccessStatusCode();
        (await management.PutAsJsonAsync(new Uri($"/api/queues/{vhost}/{Uri.EscapeDataString(queue)}", UriKind.Relative), new { durable = true, auto_delete = false }))
            .EnsureSuccessStatusCode();
        (await management.PostAsJsonAsync(new Uri($"/api/bindings/{vhost}/e/{exchange}/q/{Uri.EscapeDataString(queue)}", UriKind.Relative), new { routing_key = "" }))
            .EnsureSuccessStatusCode();
    }

    /// <summary>Removes and returns up to <paramref name="max"/> messages of <paramref name="queue"/>: each MassTransit envelope (messageId, messageType, message).</summary>
    public static async Task<IReadOnlyList<JsonElement>> TakeAsync(HttpClient management, string virtualHost, string queue, int max = 1000)
    {
        ArgumentNullException.ThrowIfNull(management);
        using var response = await management.PostAsJsonAsync(
            new Uri($"/api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}/get", UriKind.Relative),
            new { count = max, ackmode = "ack_requeue_false", encoding = "auto" });
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. messages.EnumerateArray().Select(m => JsonDocument.Parse(m.GetProperty("payload").GetString()!).RootElement.Clone())];
    }

    /// <summary>Takes messages of <paramref name="queue"/> until <paramref name="count"/> arrived or <paramref name="patience"/> passed; returns what arrived.</summary>
    public static async Task<IReadOnlyList<JsonElement>> TakeAtLeastAsync(HttpClient management, string virtualHost, string queue, int count, TimeSpan patience)
    {
        var taken = new List<JsonElement>();
        var deadline = DateTime.UtcNow + patience;
        do
        {
            taken.AddRange(await TakeAsync(management, virtualHost, queue));
            if (taken.Count >= count)
            {
                return taken;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        return taken;
    }
}
