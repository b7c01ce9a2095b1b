using System.Text.Json;
using Dapper;
using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Wyckoff.Data;

/// <summary>
/// The log of the <see cref="IndicatorsComputed"/> events this service received (<c>wyckoff.received_events</c>, payload as
/// <see cref="JsonSerializerOptions.Web"/> JSON): the consumer records each in its transaction, the replay reads them back.
/// </summary>
public sealed class StoredEventReader(NpgsqlDataSource dataSource)
{
    /// <summary>The log's <c>message_type</c> of the event.</summary>
    public static readonly string MessageType = typeof(IndicatorsComputed).FullName!;

    /// <summary>Records <paramref name="message"/> in <paramref name="tx"/>; a replay of the same run and session adds nothing.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task RecordAsync(OutboxTransaction tx, IndicatorsComputed message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(message);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO received_events (message_type, run_id, session_date, payload) VALUES (@type, @RunId, @SessionDate, CAST(@payload AS jsonb))
            ON CONFLICT DO NOTHING
            """,
            new { type = MessageType, message.RunId, message.SessionDate, payload = JsonSerializer.Serialize(message, JsonSerializerOptions.Web) },
            tx.Transaction, cancellationToken: ct));
    }

    /// <summary>The received events of sessions <paramref name="from"/>..<paramref name="to"/>, by session then order of receipt.</summary>
    /// <exception cref="JsonException">A payload is not an IndicatorsComputed.</exception>
    public async Task<IReadOnlyList<IndicatorsComputed>> IndicatorsComputedAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var payloads = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT payload::text FROM received_events
            WHERE message_type = @type AND session_date BETWEEN @from AND @to
            ORDER BY session_date, received_at, run_id
            """, new { type = MessageType, from, to }, cancellationToken: ct));
        return payloads.Select(p => JsonSerializer.Deserialize<IndicatorsComputed>(p, JsonSerializerOptions.Web)
            ?? throw new JsonException("An IndicatorsComputed payload is null.")).ToArray();
    }
}
