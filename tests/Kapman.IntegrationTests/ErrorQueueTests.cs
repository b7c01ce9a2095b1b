using System.Net.Http.Json;
using System.Text.Json;

namespace Kapman.IntegrationTests;

/// <summary>
/// A message no consumer can process is not lost and does not block the queue: MassTransit moves it to the
/// endpoint's <c>_error</c> queue, where the RabbitMQ management API (and so an operator) can see it.
/// </summary>
public class ErrorQueueTests
{
    [Test]
    public async Task Unreadable_message_lands_in_the_consumers_error_queue_and_the_service_stays_healthy()
    {
        using var management = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:15672/") };
        management.DefaultRequestHeaders.Authorization = LocalServers.RabbitMqManagementAuth;
        const string errorQueue = "metrics-market-session-ingested_error";
        var before = await MessagesInAsync(management, errorQueue);

        // Published to the MarketSessionIngested exchange, as any publisher would, but with a body that is not JSON.
        var publish = await management.PostAsJsonAsync(
            $"api/exchanges/{Infrastructure.VirtualHost}/{Uri.EscapeDataString("Kapman.Contracts:MarketSessionIngested")}/publish",
            new
            {
                properties = new { content_type = "application/vnd.masstransit+json", message_id = Guid.NewGuid().ToString() },
                routing_key = "",
                payload = "{ this is not json",
                payload_encoding = "string",
            });
        var routed = await publish.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(routed.GetProperty("routed").GetBoolean(), Is.True, "the exchange exists and has the metrics and options queues bound");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        var now = before;
        while (DateTime.UtcNow < deadline && now <= before)
        {
            await Task.Delay(1000);
            now = await MessagesInAsync(management, errorQueue);
        }

        Assert.That(now, Is.EqualTo(before + 1), $"{errorQueue} should hold the poison message");
        var health = await Suite.Gateway.GetFromJsonAsync<JsonElement>("/api/metrics/health");
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
    }

    /// <summary>Ready messages in a queue, read with a get-and-requeue so it does not depend on the management statistics interval.</summary>
    private static async Task<int> MessagesInAsync(HttpClient management, string queue)
    {
        var response = await management.PostAsJsonAsync(
            $"api/queues/{Infrastructure.VirtualHost}/{queue}/get", new { count = 100, ackmode = "ack_requeue_true", encoding = "auto" });
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return 0;
        }

        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength();
    }
}
