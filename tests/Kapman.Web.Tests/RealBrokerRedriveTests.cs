using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kapman.Web.Clients;
using Microsoft.Extensions.Options;

namespace Kapman.Web.Tests;

/// <summary>
/// <see cref="RabbitMqClient"/> against the real local RabbitMQ management API (http://127.0.0.1:15672, the suite's user kapman),
/// in a virtual host of its own that is deleted afterwards: the re-drive keeps order, body and headers.
/// </summary>
[TestFixture]
public sealed class RealBrokerRedriveTests
{
    private static readonly Uri Management = new("http://127.0.0.1:15672");
    private readonly string vhost = "kapman_web_tests_" + Guid.NewGuid().ToString("N")[..8];
    private HttpClient admin = null!;

    [SetUp]
    public async Task CreateVirtualHost()
    {
        admin = new HttpClient { BaseAddress = Management, Timeout = TimeSpan.FromSeconds(10) };
        admin.DefaultRequestHeaders.Authorization = LocalServers.RabbitMqManagementAuth;
        try
        {
            (await admin.PutAsync(new Uri($"/api/vhosts/{vhost}", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }
        catch (HttpRequestException ex)
        {
            Assert.Fail($"RabbitMQ management API not reachable at {Management} with the suite's user kapman: {ex.Message}");
        }

        (await admin.PutAsJsonAsync(new Uri($"/api/permissions/{vhost}/{LocalServers.RabbitMqUser}", UriKind.Relative), new { configure = ".*", write = ".*", read = ".*" }))
            .EnsureSuccessStatusCode();
    }

    [TearDown]
    public async Task DeleteVirtualHost()
    {
        using var _ = await admin.DeleteAsync(new Uri($"/api/vhosts/{vhost}", UriKind.Relative));
        admin.Dispose();
    }

    [Test]
    public async Task Redrive_MovesMessagesBackWithBodyAndHeaders()
    {
        await DeclareAsync("web-probe");
        await DeclareAsync("web-probe_error");
        await PublishAsync("web-probe_error", "m-1", """{"n":1}""");
        await PublishAsync("web-probe_error", "m-2", """{"n":2}""");
        var client = Client();

        var result = await client.RedriveAsync("web-probe_error", 100, CancellationToken.None);

        var moved = await client.PeekAsync("web-probe", 10, CancellationToken.None);
        var left = await client.PeekAsync("web-probe_error", 10, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new RedriveResult(2, 0, string.Empty)));
            Assert.That(moved.Value!.Select(m => (m.MessageId, m.FaultMessage, m.Payload)), Is.EqualTo(new[]
            {
                ("m-1", "boom m-1", """{"n":1}"""),
                ("m-2", "boom m-2", """{"n":2}"""),
            }));
            Assert.That(left.Value, Is.Empty);
        });
    }

    private RabbitMqClient Client()
    {
        var options = new RabbitMqOptions { ManagementUrl = Management, VirtualHost = vhost };
        var http = new HttpClient { BaseAddress = Management };
        http.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
        return new RabbitMqClient(http, Options.Create(options));
    }

    private async Task DeclareAsync(string queue) =>
        (await admin.PutAsJsonAsync(new Uri($"/api/queues/{vhost}/{queue}", UriKind.Relative), new { durable = true })).EnsureSuccessStatusCode();

    private async Task PublishAsync(string queue, string messageId, string body)
    {
        var message = new JsonObject
        {
            ["properties"] = new JsonObject { ["message_id"] = messageId, ["delivery_mode"] = 2, ["headers"] = new JsonObject { ["MT-Fault-Message"] = "boom " + messageId } },
            ["routing_key"] = queue,
            ["payload"] = body,
            ["payload_encoding"] = "string",
        };
        using var response = await admin.PostAsJsonAsync(new Uri($"/api/exchanges/{vhost}/amq.default/publish", UriKind.Relative), message);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(answer?["routed"]?.GetValue<bool>(), Is.True, $"could not publish to {queue}");
    }
}
