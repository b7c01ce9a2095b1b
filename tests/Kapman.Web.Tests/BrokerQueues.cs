using System.Text;
using RabbitMQ.Client;

namespace Kapman.Web.Tests;

/// <summary>An AMQP connection to a test virtual host on the local broker: declare, fill, count and drain queues.</summary>
internal sealed class BrokerQueues : IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;

    private BrokerQueues(IConnection connection, IChannel channel)
    {
        this.connection = connection;
        this.channel = channel;
    }

    /// <summary>Connects to <paramref name="amqp"/> (a URI naming the virtual host).</summary>
    public static async Task<BrokerQueues> ConnectAsync(Uri amqp)
    {
        var connection = await new ConnectionFactory { Uri = amqp }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new BrokerQueues(connection, channel);
    }

    /// <summary>Declares a durable queue.</summary>
    public Task DeclareAsync(string queue) => channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);

    /// <summary>Publishes a persistent message with a MessageId and an <c>MT-Fault-Message</c> header, waiting for the confirm.</summary>
    public async Task PublishAsync(string queue, string messageId, string body, string fault)
    {
        var properties = new BasicProperties
        {
            MessageId = messageId,
            Persistent = true,
            Headers = new Dictionary<string, object?> { ["MT-Fault-Message"] = fault },
        };
        await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Messages ready in <paramref name="queue"/>, as the broker counts them now.</summary>
    public async Task<int> CountAsync(string queue) => (int)(await channel.QueueDeclarePassiveAsync(queue)).MessageCount;

    /// <summary>Takes every message off <paramref name="queue"/> and returns their MessageIds, bodies and fault headers, in order.</summary>
    public async Task<IReadOnlyList<(string MessageId, string Body, string Fault)>> DrainAsync(string queue)
    {
        var messages = new List<(string, string, string)>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            var fault = message.BasicProperties.Headers?.TryGetValue("MT-Fault-Message", out var value) == true && value is byte[] bytes
                ? Encoding.UTF8.GetString(bytes)
                : string.Empty;
            messages.Add((message.BasicProperties.MessageId ?? string.Empty, Encoding.UTF8.GetString(message.Body.Span), fault));
        }

        return messages;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
