using System.Text.Json;
using Dapper;
using Kapman.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ in id order. MassTransit's RabbitMQ transport awaits the
/// broker's publisher confirm before <c>Publish</c> returns, so a row is marked published only once the
/// broker holds the message. A crash between publish and mark re-publishes with the same MessageId, which
/// the consumers' inboxes drop. <c>FOR UPDATE SKIP LOCKED</c> lets replicas share the table.
/// </summary>
public sealed class OutboxRelay(IServiceScopeFactory scopes, NpgsqlDataSource dataSource, OutboxSignal signal, ILogger<OutboxRelay> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await PublishBatchAsync(stoppingToken) == BatchSize)
                {
                    continue;
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or MassTransitException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning(ex, "Outbox relay failed; retrying");
                await Task.Delay(PollInterval, stoppingToken);
            }

            await signal.WaitAsync(PollInterval, stoppingToken);
        }
    }

    private async Task<int> PublishBatchAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var rows = (await connection.QueryAsync<OutboxRow>(new CommandDefinition(
            """
            SELECT id, message_id AS MessageId, message_type AS MessageType, payload::text AS Payload
            FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT @limit FOR UPDATE SKIP LOCKED
            """,
            new { limit = BatchSize }, tx, cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        using var scope = scopes.CreateScope();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        foreach (var row in rows)
        {
            var type = typeof(IIntegrationEvent).Assembly.GetType(row.MessageType)
                ?? throw new InvalidOperationException($"Outbox row {row.Id} has unknown message type {row.MessageType}.");
            var message = JsonSerializer.Deserialize(row.Payload, type, JsonSerializerOptions.Web)!;
            await publisher.Publish(message, type, context => context.MessageId = row.MessageId, ct);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET published_at = now() WHERE id = ANY(@ids)", new { ids = rows.Select(r => r.Id).ToArray() }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    private sealed record OutboxRow(long Id, Guid MessageId, string MessageType, string Payload);
}
