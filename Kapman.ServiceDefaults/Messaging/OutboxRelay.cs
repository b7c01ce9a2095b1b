using System.Diagnostics;
using Dapper;
using Kapman.ServiceDefaults.Telemetry;
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
/// A row that cannot be read back into its event (unknown type, payload that does not deserialize) would block every
/// row after it forever, so it is marked failed with the reason, logged and skipped; the Ops page lists it
/// (<c>GET /outbox/failed</c>). The rows after it are published, so the order of events holds among good rows only.
/// Each row is published inside an activity whose parent is the trace context stored with the row, so MassTransit's send
/// span, and through its headers the consumers' spans, stay in the trace of the work that wrote the event.
/// </summary>
public sealed class OutboxRelay(IServiceScopeFactory scopes, NpgsqlDataSource dataSource, OutboxSignal signal, ILogger<OutboxRelay> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest wait for one publish and its confirm. A broker that goes away mid-publish (seen in the RabbitMQ restart
    /// trial) can leave the confirm pending forever, which would stop the relay for good; past this the batch rolls back
    /// and is published again (same MessageIds, which the consumers' inboxes drop if they arrived after all).
    /// </summary>
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(30);

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
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever the database or the broker throws, the relay must keep going: a stopped relay loses no event
                // but delivers none either, and nothing else would tell.
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
            SELECT id, message_id AS MessageId, message_type AS MessageType, payload::text AS Payload, trace_parent AS TraceParent
            FROM outbox WHERE published_at IS NULL AND failed_at IS NULL ORDER BY id LIMIT @limit FOR UPDATE SKIP LOCKED
            """,
            new { limit = BatchSize }, tx, cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        using var scope = scopes.CreateScope();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        var published = new List<long>(rows.Count);
        foreach (var row in rows)
        {
            var (message, type, failure) = OutboxPayload.Decode(row);
            if (failure is not null)
            {
                logger.LogError("Outbox row {OutboxId} (message {MessageId}, {MessageType}) marked failed and skipped: {Failure}", row.Id, row.MessageId, row.MessageType, failure);
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE outbox SET failed_at = now(), failure = @failure WHERE id = @id", new { id = row.Id, failure }, tx, cancellationToken: ct));
                continue;
            }

            using (StartPublishActivity(row))
            {
                await publisher.Publish(message!, type!, context => context.MessageId = row.MessageId, ct).WaitAsync(PublishTimeout, ct);
            }


            published.Add(row.Id);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET published_at = now() WHERE id = ANY(@ids)", new { ids = published.ToArray() }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    /// <summary>An activity in the row's trace (a root one when it has none), or null when nothing listens.</summary>
    private static Activity? StartPublishActivity(OutboxRow row)
    {
        var parent = ActivityContext.TryParse(row.TraceParent, null, isRemote: true, out var context) ? context : default;
        return TelemetryExtensions.KapmanActivitySource.StartActivity("outbox publish " + ShortName(row.MessageType), ActivityKind.Producer, parent);
    }

    private static string ShortName(string typeName) => typeName[(typeName.LastIndexOf('.') + 1)..];
}
