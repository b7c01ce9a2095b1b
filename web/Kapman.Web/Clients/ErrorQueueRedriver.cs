using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Kapman.Web.Clients;

/// <summary>
/// Moves the messages of an <c>X_error</c> queue back to <c>X</c> over AMQP, one at a time, so that every message is at
/// any moment either re-published or still in the error queue: it takes the head message unacknowledged, publishes a
/// copy (body, properties and headers unchanged) to the default exchange with routing key <c>X</c>, waits for the
/// broker's publisher confirm, and only then acknowledges the original. A crash or a dropped connection before the ack
/// leaves the original in the error queue (the broker requeues unacknowledged messages); if the copy was already
/// confirmed, the next re-drive sends it a second time. So delivery is at least once, and the consumers' inboxes (keyed
/// on MessageId) drop the duplicate.
/// </summary>
public sealed class ErrorQueueRedriver(IOptions<RabbitMqOptions> options, ILogger<ErrorQueueRedriver> logger)
{
    /// <summary>
    /// Moves up to <paramref name="max"/> messages from <paramref name="errorQueue"/> to its source queue, in order.
    /// <paramref name="stop"/> (e.g. the browser's request) is checked between messages only: the message in hand is
    /// always finished (published with confirm, then acknowledged; or left in the error queue), never abandoned halfway.
    /// Stops at the first message that is not routed (the source queue is gone) or not confirmed in
    /// <see cref="RabbitMqOptions.Timeout"/>, leaving it at the head of the error queue.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="errorQueue"/> does not end with <c>_error</c>.</exception>
    public async Task<RedriveResult> RedriveAsync(string errorQueue, int max, CancellationToken stop)
    {
        var queue = new QueueInfo(errorQueue, 0, 0, null, null);
        if (!queue.IsErrorQueue)
        {
            throw new ArgumentException($"'{errorQueue}' is not an error queue (…{QueueInfo.ErrorSuffix})", nameof(errorQueue));
        }

        var settings = options.Value;
        var factory = new ConnectionFactory
        {
            Uri = settings.AmqpUrl,
            VirtualHost = settings.VirtualHost,
            ClientProvidedName = "kapman-web-redrive",
            RequestedConnectionTimeout = settings.Timeout,
        };
        var moved = 0;
        try
        {
            await using var connection = await factory.CreateConnectionAsync(CancellationToken.None);
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), CancellationToken.None);
            while (moved < max)
            {
                if (stop.IsCancellationRequested)
                {
                    return new RedriveResult(moved, 0, "stopped: the request was aborted");
                }

                // CancellationToken.None from here on: an abort must not cut a message off between publish and ack.
                var message = await channel.BasicGetAsync(errorQueue, autoAck: false, CancellationToken.None);
                if (message is null)
                {
                    break;
                }

                var failure = await TryPublishAsync(channel, message, queue.SourceQueue, settings.Timeout);
                if (failure is not null)
                {
                    await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                    return new RedriveResult(moved, 1, failure);
                }

                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, CancellationToken.None);
                moved++;
            }
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or OperationInterruptedException or AlreadyClosedException)
        {
            logger.LogWarning(ex, "Re-drive of {Queue} stopped after {Moved} message(s)", errorQueue, moved);
            return new RedriveResult(moved, 0, "RabbitMQ: " + ex.Message);
        }

        return new RedriveResult(moved, 0, string.Empty);
    }

    /// <summary>Null when the broker confirmed the copy, else why it did not.</summary>
    private static async Task<string?> TryPublishAsync(IChannel channel, BasicGetResult message, string routingKey, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await channel.BasicPublishAsync(string.Empty, routingKey, mandatory: true, new BasicProperties(message.BasicProperties), message.Body, deadline.Token);
            return null;
        }
        catch (PublishException ex) when (ex.IsReturn)
        {
            return $"not routed to '{routingKey}'";
        }
        catch (PublishException)
        {
            return $"the broker refused the message for '{routingKey}'";
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // The copy may still arrive: left in the error queue, it can be re-driven twice (at least once).
            return $"no publisher confirm within {timeout.TotalSeconds:0.#} s";
        }
    }
}
