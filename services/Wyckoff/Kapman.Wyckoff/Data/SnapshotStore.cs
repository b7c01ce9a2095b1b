using System.Text.Json;
using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Npgsql;

namespace Kapman.Wyckoff.Data;

/// <summary>Reads and writes <c>wyckoff.snapshots</c> and <c>wyckoff.alerts</c>.</summary>
public sealed class SnapshotStore(NpgsqlDataSource dataSource)
{
    /// <summary>Upserts the snapshot on (ticker, session) and records its alert, if any, once.</summary>
    public static async Task UpsertAsync(OutboxTransaction tx, WyckoffSnapshot s, CancellationToken ct)
    {
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO snapshots (ticker, session_date, bc_score, spring_score, signal, alert_kind, events, bc_signals, spring_signals, model_version)
            VALUES (@Ticker, @SessionDate, @bc, @spring, @Signal, @AlertKind, CAST(@events AS jsonb), CAST(@bcSignals AS jsonb), CAST(@springSignals AS jsonb), @ModelVersion)
            ON CONFLICT (ticker, session_date) DO UPDATE
            SET bc_score = EXCLUDED.bc_score, spring_score = EXCLUDED.spring_score, signal = EXCLUDED.signal, alert_kind = EXCLUDED.alert_kind,
                events = EXCLUDED.events, bc_signals = EXCLUDED.bc_signals, spring_signals = EXCLUDED.spring_signals,
                model_version = EXCLUDED.model_version, computed_at = now()
            """,
            new
            {
                s.Ticker, s.SessionDate, bc = s.Bc.Total, spring = s.Spring.Total, s.Signal, s.AlertKind, s.ModelVersion,
                events = JsonSerializer.Serialize(s.Events, JsonSerializerOptions.Web),
                bcSignals = JsonSerializer.Serialize(s.Bc.Signals, JsonSerializerOptions.Web),
                springSignals = JsonSerializer.Serialize(s.Spring.Signals, JsonSerializerOptions.Web),
            },
            tx.Transaction, cancellationToken: ct));
        if (s.AlertKind is { } kind)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO alerts (ticker, session_date, kind, score) VALUES (@ticker, @session, @kind, @score) ON CONFLICT DO NOTHING",
                new { ticker = s.Ticker, session = s.SessionDate, kind, score = AlertScore(s) }, tx.Transaction, cancellationToken: ct));
        }
    }

    /// <summary>The score that fired an alert: BC for an exit, Spring for an entry.</summary>
    public static int AlertScore(WyckoffSnapshot s) => s.AlertKind == Kapman.Contracts.WyckoffAlertKinds.BcExit ? s.Bc.Total : s.Spring.Total;

    /// <summary>Snapshots of a session (latest when null).</summary>
    public async Task<IEnumerable<SnapshotDto>> SnapshotsAsync(DateOnly? session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<SnapshotDto>(new CommandDefinition(
            """
            SELECT ticker, session_date AS SessionDate, bc_score AS BcScore, spring_score AS SpringScore, signal, alert_kind AS AlertKind,
                   events::text AS EventsJson, bc_signals::text AS BcSignalsJson, spring_signals::text AS SpringSignalsJson, model_version AS ModelVersion
            FROM snapshots WHERE session_date = COALESCE(@session, (SELECT max(session_date) FROM snapshots))
            ORDER BY bc_score DESC, spring_score DESC, ticker
            """, new { session }, cancellationToken: ct));
    }

    /// <summary>Alerts of a session (latest session with snapshots when null).</summary>
    public async Task<IEnumerable<AlertDto>> AlertsAsync(DateOnly? session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<AlertDto>(new CommandDefinition(
            """
            SELECT ticker, session_date AS SessionDate, kind, score FROM alerts
            WHERE session_date = COALESCE(@session, (SELECT max(session_date) FROM snapshots))
            ORDER BY kind, score DESC, ticker
            """, new { session }, cancellationToken: ct));
    }
}
