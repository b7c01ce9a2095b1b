using System.Text.Json;
using Dapper;
using Kapman.Contracts;
using Npgsql;

namespace Kapman.Wyckoff.Replay;

/// <summary>
/// Reads the <see cref="IndicatorsComputed"/> events the Metrics service published, from its transactional
/// outbox <c>metrics.outbox</c> (read only; payload as <see cref="JsonSerializerOptions.Web"/> JSON).
/// </summary>
public sealed class StoredEventReader(NpgsqlDataSource dataSource)
{
    /// <summary>The outbox's <c>message_type</c> of the event.</summary>
    public static readonly string MessageType = typeof(IndicatorsComputed).FullName!;

    /// <summary>The stored events of sessions <paramref name="from"/>..<paramref name="to"/>, by session then outbox order.</summary>
    /// <exception cref="JsonException">A payload is not an IndicatorsComputed.</exception>
    public async Task<IReadOnlyList<IndicatorsComputed>> IndicatorsComputedAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var payloads = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT payload::text FROM metrics.outbox
            WHERE message_type = @type AND session_date BETWEEN @from AND @to
            ORDER BY session_date, id
            """, new { type = MessageType, from, to }, cancellationToken: ct));
        return payloads.Select(p => JsonSerializer.Deserialize<IndicatorsComputed>(p, JsonSerializerOptions.Web)
            ?? throw new JsonException("An IndicatorsComputed payload is null.")).ToArray();
    }
}
