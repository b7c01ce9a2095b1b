using System.Text.Json;
using Dapper;
using Kapman.Notification.Core.Commentary;
using Npgsql;

namespace Kapman.Notification.Commentary.Data;

/// <summary>
/// Reads and writes <c>notification.commentary_facts</c>: one row per kind and subject, a newer observation replacing an older one (an
/// order's or the kill switch's latest state), a replayed one changing nothing.
/// </summary>
public sealed class CommentaryFactStore(NpgsqlDataSource dataSource)
{
    /// <summary>The JSON form of the payloads.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores a fact in <paramref name="transaction"/> (a consumer's inbox transaction).</summary>
    public static Task RecordAsync<T>(NpgsqlTransaction transaction, string kind, string subject, DateOnly session, T payload, DateTimeOffset observedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return transaction.Connection!.ExecuteAsync(Upsert(kind, subject, session, payload, observedAt, transaction, ct));
    }

    /// <summary>Stores a fact on a connection of its own (outside any transaction).</summary>
    public async Task RecordAsync<T>(string kind, string subject, DateOnly session, T payload, DateTimeOffset observedAt, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(Upsert(kind, subject, session, payload, observedAt, null, ct));
    }

    /// <summary>The latest session with stored facts strictly before <paramref name="session"/>, or null.</summary>
    public async Task<DateOnly?> PreviousSessionAsync(DateOnly session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(
            "SELECT max(session_date) FROM commentary_facts WHERE session_date < @session", new { session }, cancellationToken: ct));
    }

    /// <summary>The stored facts of <paramref name="session"/>, in ticker order (an issued recommendation's legs replace its first-leg symbol).</summary>
    public async Task<SessionFacts> LoadAsync(DateOnly session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<(string Kind, string Subject, string Payload)>(new CommandDefinition(
            "SELECT kind, subject, payload::text FROM commentary_facts WHERE session_date = @session ORDER BY kind, subject",
            new { session }, cancellationToken: ct))).ToList();
        T[] Of<T>(string kind) => rows.Where(r => r.Kind == kind).Select(r => JsonSerializer.Deserialize<T>(r.Payload, Json)!).ToArray();
        var legs = Of<LegsFact>(FactKinds.Legs).GroupBy(l => l.Ticker, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.SelectMany(l => l.OccSymbols).Distinct().Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var recommendations = Of<SessionRecommendation>(FactKinds.Recommendation)
            .Select(r => r.Status == "ISSUED" && legs.TryGetValue(r.Ticker, out var symbols) ? r with { OccSymbols = symbols } : r)
            .OrderBy(r => r.Ticker, StringComparer.Ordinal).ToArray();
        var run = Of<RunFact>(FactKinds.Run).FirstOrDefault();
        var kill = Of<KillSwitchFact>(FactKinds.KillSwitch).FirstOrDefault();
        return new SessionFacts(session, run?.Issued, run?.NoTrade, recommendations,
            Of<SessionAlert>(FactKinds.Alert).OrderBy(a => a.Ticker, StringComparer.Ordinal).ThenBy(a => a.Kind, StringComparer.Ordinal).ToArray(),
            Of<SessionDealer>(FactKinds.Dealer).OrderBy(d => d.Underlying, StringComparer.Ordinal).ToArray(),
            Of<SessionOrder>(FactKinds.Order).OrderBy(o => o.Ticker, StringComparer.Ordinal).ThenBy(o => o.Description, StringComparer.Ordinal).ToArray(),
            kill?.Mode, kill?.Reason);
    }

    private static CommandDefinition Upsert<T>(string kind, string subject, DateOnly session, T payload, DateTimeOffset observedAt, NpgsqlTransaction? transaction, CancellationToken ct) =>
        new("""
            INSERT INTO commentary_facts (kind, subject, session_date, payload, observed_at)
            VALUES (@kind, @subject, @session, @payload::jsonb, @observedAt)
            ON CONFLICT (kind, subject) DO UPDATE SET payload = EXCLUDED.payload, session_date = EXCLUDED.session_date,
                observed_at = EXCLUDED.observed_at, recorded_at = now()
            WHERE EXCLUDED.observed_at > commentary_facts.observed_at
            """,
            new { kind, subject, session, payload = JsonSerializer.Serialize(payload, Json), observedAt }, transaction, cancellationToken: ct);
}
