using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kapman.Web.Tests;

/// <summary>
/// An in-memory stand-in for the RabbitMQ management HTTP API of vhost "/" (the user and password of <see cref="BusUri"/>, else 401): lists queues,
/// <c>POST /api/queues/%2F/{q}/get</c> (ack_requeue_true keeps, ack_requeue_false removes) and
/// <c>POST /api/exchanges/%2F/amq.default/publish</c> (routed to the queue named by the routing key when it exists).
/// </summary>
public sealed class StubRabbitManagement : IAsyncDisposable
{
    private const string VHostPath = "/api/queues/%2F";
    /// <summary>The bus URI the web under test is given; its user and password are the only ones the stub accepts.</summary>
    public const string BusUri = "amqp://ops:stub-secret@127.0.0.1:5672/";

    private static readonly string ExpectedAuth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:stub-secret"));

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, List<JsonObject>> queues = new(StringComparer.Ordinal);

    private StubRabbitManagement()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(HandleAsync);
    }

    /// <summary>Base address of the stub.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Starts an empty broker.</summary>
    public static async Task<StubRabbitManagement> StartAsync()
    {
        var stub = new StubRabbitManagement();
        await stub.app.StartAsync();
        var address = stub.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        stub.Url = new Uri(address);
        return stub;
    }

    /// <summary>Declares an empty queue.</summary>
    public void Declare(string queue) => queues.TryAdd(queue, []);

    /// <summary>Puts a MassTransit-like faulted message (JSON body, MT-Fault-Message header) at the tail of <paramref name="queue"/>.</summary>
    public void Enqueue(string queue, string messageId, string body, string fault)
    {
        var message = new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["content_type"] = "application/vnd.masstransit+json",
                ["headers"] = new JsonObject { ["MT-Fault-Message"] = fault },
            },
            ["payload"] = body,
            ["payload_encoding"] = "string",
        };
        lock (queues)
        {
            queues.GetOrAdd(queue, _ => []).Add(message);
        }
    }

    /// <summary>Message ids in <paramref name="queue"/>, head first.</summary>
    public IReadOnlyList<string> MessageIds(string queue)
    {
        lock (queues)
        {
            return queues.TryGetValue(queue, out var list) ? [.. list.Select(m => m["properties"]!["message_id"]!.GetValue<string>())] : [];
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString() != ExpectedAuth)
        {
            context.Response.StatusCode = 401;
            return;
        }

        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        // The list is asked for with a columns filter (RabbitMqClient.QueueColumns); the stub's queues have only those fields.
        if (HttpMethods.IsGet(context.Request.Method) && target.Split('?')[0] == VHostPath)
        {
            await context.Response.WriteAsync(ListQueues().ToJsonString());
            return;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        if (target.StartsWith(VHostPath + "/", StringComparison.Ordinal) && target.EndsWith("/get", StringComparison.Ordinal) && body is not null)
        {
            var queue = Uri.UnescapeDataString(target[(VHostPath.Length + 1)..^"/get".Length]);
            await context.Response.WriteAsync(Get(queue, body["count"]!.GetValue<int>(), body["ackmode"]!.GetValue<string>()).ToJsonString());
        }
        else if (target == "/api/exchanges/%2F/amq.default/publish" && body is not null)
        {
            await context.Response.WriteAsync(new JsonObject { ["routed"] = Publish(body) }.ToJsonString());
        }
        else
        {
            context.Response.StatusCode = 404;
        }
    }

    private JsonArray ListQueues()
    {
        lock (queues)
        {
            return [.. queues.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => (JsonNode)new JsonObject
            {
                ["name"] = q.Key,
                ["messages"] = q.Value.Count,
                ["consumers"] = q.Key.EndsWith("_error", StringComparison.Ordinal) ? 0 : 1,
                ["message_stats"] = new JsonObject
                {
                    ["publish_details"] = new JsonObject { ["rate"] = 1.5 },
                    ["deliver_get_details"] = new JsonObject { ["rate"] = 0.25 },
                },
            })];
        }
    }

    private JsonArray Get(string queue, int count, string ackMode)
    {
        lock (queues)
        {
            var list = queues[queue];
            var taken = list.Take(count).ToList();
            if (ackMode == "ack_requeue_false")
            {
                list.RemoveRange(0, taken.Count);
            }

            return [.. taken.Select(m => m.DeepClone())];
        }
    }

    private bool Publish(JsonObject body)
    {
        lock (queues)
        {
            if (!queues.TryGetValue(body["routing_key"]!.GetValue<string>(), out var list))
            {
                return false;
            }

            list.Add(new JsonObject
            {
                ["properties"] = body["properties"]!.DeepClone(),
                ["payload"] = body["payload"]!.DeepClone(),
                ["payload_encoding"] = body["payload_encoding"]!.DeepClone(),
            });
            return true;
        }
    }
}
