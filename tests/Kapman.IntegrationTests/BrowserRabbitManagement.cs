using System.Net.Http.Json;
using System.Text.Json;

namespace Kapman.IntegrationTests;

/// <summary>The RabbitMQ management HTTP API on the suite's vhost (the suite's user kapman on 127.0.0.1:15672), for the Ops browser tests and the outage trials.</summary>
internal sealed class BrowserRabbitManagement : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = new Uri("http://127.0.0.1:15672/") };

    public BrowserRabbitManagement() =>
        http.DefaultRequestHeaders.Authorization = LocalServers.RabbitMqManagementAuth;

    private static string VHost => Uri.EscapeDataString(Infrastructure.VirtualHost);

    /// <summary>
    /// Declares <paramref name="queue"/> durable and without arguments, as MassTransit declares an endpoint's
    /// <c>_error</c> queue on the first fault (a no-op when it exists already).
    /// </summary>
    public async Task DeclareDurableQueueAsync(string queue)
    {
        var response = await http.PutAsJsonAsync($"api/queues/{VHost}/{queue}", new { durable = true, auto_delete = false, arguments = new { } });
        Assert.That(response.IsSuccessStatusCode, Is.True, $"declaring {queue}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// Publishes <paramref name="envelope"/> (a MassTransit JSON envelope) straight into <paramref name="queue"/>
    /// through the default exchange, with the content type MassTransit reads and <paramref name="messageId"/>.
    /// Fails when the broker does not route it (no such queue).
    /// </summary>
    public async Task PublishToQueueAsync(string queue, Guid messageId, string envelope, string faultMessage)
    {
        var response = await http.PostAsJsonAsync($"api/exchanges/{VHost}/amq.default/publish", new
        {
            properties = new
            {
                content_type = "application/vnd.masstransit+json",
                message_id = messageId.ToString(),
                delivery_mode = 2,
                headers = new Dictionary<string, string> { ["MT-Fault-Message"] = faultMessage },
            },
            routing_key = queue,
            payload = envelope,
            payload_encoding = "string",
        });
        response.EnsureSuccessStatusCode();
        var routed = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(routed.GetProperty("routed").GetBoolean(), Is.True, $"queue {queue} exists on vhost {Infrastructure.VirtualHost}");
    }

    /// <summary>Ready messages in <paramref name="queue"/>, counted with a get-and-requeue (independent of the statistics interval).</summary>
    public async Task<int> PeekCountAsync(string queue)
    {
        var response = await http.PostAsJsonAsync($"api/queues/{VHost}/{queue}/get", new { count = 100, ackmode = "ack_requeue_true", encoding = "auto" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength();
    }

    /// <summary>Messages the consumers of <paramref name="queue"/> have acknowledged so far (management statistics, refreshed every few seconds).</summary>
    public async Task<long> AcknowledgedAsync(string queue)
    {
        var info = await http.GetFromJsonAsync<JsonElement>($"api/queues/{VHost}/{queue}");
        return info.TryGetProperty("message_stats", out var stats) && stats.TryGetProperty("ack", out var ack) ? ack.GetInt64() : 0;
    }

    /// <summary>Every queue of the suite's vhost.</summary>
    public async Task<IReadOnlyList<string>> QueueNamesAsync()
    {
        var queues = await http.GetFromJsonAsync<JsonElement>($"api/queues/{VHost}?columns=name");
        return queues.EnumerateArray().Select(q => q.GetProperty("name").GetString()!).ToList();
    }

    /// <summary>
    /// The queues whose name contains <paramref name="part"/>, each as <c>name: N ready, N unacked, N consumers</c> (management
    /// statistics), for a failing test's message.
    /// </summary>
    public async Task<string> DescribeQueuesAsync(string part)
    {
        var queues = await http.GetFromJsonAsync<JsonElement>($"api/queues/{VHost}?columns=name,messages_ready,messages_unacknowledged,consumers");
        return string.Join("; ", queues.EnumerateArray()
            .Where(q => q.GetProperty("name").GetString()!.Contains(part, StringComparison.Ordinal))
            .Select(q => $"{q.GetProperty("name").GetString()}: {Count(q, "messages_ready")} ready, {Count(q, "messages_unacknowledged")} unacked, {Count(q, "consumers")} consumers"));
    }

    private static long Count(JsonElement queue, string name) =>
        queue.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    public void Dispose() => http.Dispose();
}
