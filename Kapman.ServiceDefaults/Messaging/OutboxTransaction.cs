using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Kapman.Contracts;
using Npgsql;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// A unit of work on the service's own schema: state changes, inbox marks and outgoing events all commit or
/// roll back together. Events are rows in <c>outbox</c> until the <see cref="OutboxRelay"/> publishes them.
/// </summary>
public sealed class OutboxTransaction : IAsyncDisposable
{
    private readonly OutboxSignal signal;
    private bool wroteEvents;

    internal OutboxTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxSignal signal)
    {
        Connection = connection;
        Transaction = transaction;
        this.signal = signal;
    }

    /// <summary>The open connection (search path = the service's schema).</summary>
    public NpgsqlConnection Connection { get; }

    /// <summary>The transaction every command must join.</summary>
    public NpgsqlTransaction Transaction { get; }

    /// <summary>
    /// Records that <paramref name="consumer"/> processed <paramref name="messageId"/>.
    /// Returns false when it already had, in which case the caller must do nothing.
    /// </summary>
    public async Task<bool> TryMarkProcessedAsync(string consumer, Guid messageId, CancellationToken ct)
    {
        var inserted = await Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO inbox (consumer, message_id) VALUES (@consumer, @messageId) ON CONFLICT DO NOTHING",
            new { consumer, messageId }, Transaction, cancellationToken: ct));
        return inserted == 1;
    }

    /// <summary>
    /// Queues <paramref name="message"/> for publishing when this transaction commits, with the current activity's trace
    /// context (W3C <c>traceparent</c>), under which the relay publishes it.
    /// </summary>
    public async Task PublishAsync<T>(T message, CancellationToken ct) where T : class, IIntegrationEvent
    {
        await Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO outbox (message_id, message_type, payload, run_id, session_date, trace_parent)
            VALUES (@messageId, @messageType, CAST(@payload AS jsonb), @runId, @sessionDate, @traceParent)
            """,
            new
            {
                messageId = Guid.CreateVersion7(),
                messageType = typeof(T).FullName,
                payload = JsonSerializer.Serialize(message, JsonSerializerOptions.Web),
                runId = message.RunId,
                sessionDate = message.SessionDate,
                traceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null,
            },
            Transaction, cancellationToken: ct));
        wroteEvents = true;
    }

    /// <summary>Commits, then wakes the relay so events leave at once.</summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        await Transaction.CommitAsync(ct);
        if (wroteEvents)
        {
            signal.Notify();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
