using System.Text.Json;
using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Npgsql;

namespace Kapman.Wyckoff.Data;

/// <summary>Reads and writes <c>wyckoff.snapshots</c> and <c>wyckoff.alerts</c>.</summary>
public sealed class SnapshotStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Upserts the snapshot on (ticker, session, model version) in <c>snapshot_versions</c> (other model versions'
    /// rows are kept; the <c>snapshots</c> view shows the latest computed) and records its alert, if any, once; alerts of the ticker and
    /// session the new analysis no longer raises (a rerun under another model version) are removed.
    /// </summary>
    public static Task UpsertAsync(OutboxTransaction tx, WyckoffSnapshot s, CancellationToken ct) => UpsertAllAsync(tx, [s], ct);

    /// <summary>
    /// <see cref="UpsertAsync"/> for many snapshots in two statements (one for the snapshots, one for their alerts),
    /// so a whole session costs two round trips instead of one or two per ticker. Each (ticker, session, model version)
    /// may appear at most once.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task UpsertAllAsync(OutboxTransaction tx, IReadOnlyList<WyckoffSnapshot> snapshots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return UpsertBatchAsync(tx.Connection, tx.Transaction, snapshots, ct);
    }

    /// <summary><see cref="UpsertAllAsync"/> in a plain transaction.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task UpsertBatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<WyckoffSnapshot> snapshots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        return UpsertRowsAsync(connection, transaction, [.. snapshots.Select(SnapshotJson.Of)], ct);
    }

    /// <summary>
    /// <see cref="UpsertBatchAsync"/> of snapshots whose JSON is already written (the history path, which publishes nothing and
    /// serialises on all cores while the previous batch is written).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task UpsertRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<SnapshotJson> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var snapshots = rows.Select(r => r.Snapshot).ToArray();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO snapshot_versions (ticker, session_date, bc_score, spring_score, signal, alert_kind, events, bc_signals, spring_signals, model_version,
                                           phase, phase_score, phase_confidence, phase_sub_stage, composite_score, trade_signal, sequence, checklist, features)
            SELECT ticker, session_date, bc_score, spring_score, signal, alert_kind, CAST(events AS jsonb), CAST(bc_signals AS json), CAST(spring_signals AS json), model_version,
                   phase, phase_score, phase_confidence, phase_sub_stage, composite_score, trade_signal, CAST(sequence AS json), CAST(checklist AS json),
                   CAST(features AS jsonb)
            FROM unnest(@tickers, @sessions, @bc, @spring, @signals, @alertKinds, @events, @bcSignals, @springSignals, @modelVersions,
                        @phases, @phaseScores, @phaseConfidences, @subStages, @composites, @tradeSignals, @sequences, @checklists, @features)
                 AS s (ticker, session_date, bc_score, spring_score, signal, alert_kind, events, bc_signals, spring_signals, model_version,
                       phase, phase_score, phase_confidence, phase_sub_stage, composite_score, trade_signal, sequence, checklist, features)
            ON CONFLICT (ticker, session_date, model_version) DO UPDATE
            SET bc_score = EXCLUDED.bc_score, spring_score = EXCLUDED.spring_score, signal = EXCLUDED.signal, alert_kind = EXCLUDED.alert_kind,
                events = EXCLUDED.events, bc_signals = EXCLUDED.bc_signals, spring_signals = EXCLUDED.spring_signals,
                phase = EXCLUDED.phase, phase_score = EXCLUDED.phase_score, phase_confidence = EXCLUDED.phase_confidence,
                phase_sub_stage = EXCLUDED.phase_sub_stage, composite_score = EXCLUDED.composite_score, trade_signal = EXCLUDED.trade_signal,
                sequence = EXCLUDED.sequence, checklist = EXCLUDED.checklist, features = EXCLUDED.features, computed_at = now()
            """,
            new
            {
                tickers = Column(snapshots, s => s.Ticker),
                sessions = Column(snapshots, s => s.SessionDate),
                bc = Column(snapshots, s => s.Bc.Total),
                spring = Column(snapshots, s => s.Spring.Total),
                signals = Column(snapshots, s => s.Signal),
                alertKinds = Column(snapshots, s => s.AlertKind),
                events = Column(rows, r => r.Events),
                bcSignals = Column(rows, r => r.BcSignals),
                springSignals = Column(rows, r => r.SpringSignals),
                modelVersions = Column(snapshots, s => s.ModelVersion),
                phases = Column(snapshots, s => s.Phase.Phase),
                phaseScores = Column(snapshots, s => s.Phase.Score),
                phaseConfidences = Column(snapshots, s => s.Phase.Confidence),
                subStages = Column(snapshots, s => s.Phase.SubStage),
                composites = Column(snapshots, s => s.CompositeScore),
                tradeSignals = Column(snapshots, s => s.TradeSignal),
                sequences = Column(rows, r => r.Sequence),
                checklists = Column(rows, r => r.Checklist),
                features = Column(rows, r => r.Features),
            },
            transaction, cancellationToken: ct));
        var alerting = snapshots.SelectMany(s => Alerts(s).Select(a => (s.SessionDate, a.Ticker, a.Kind, a.Score))).ToArray();

        // A rerun under another model version replaces the session's view: an alert the new analysis no longer raises is dropped, or the
        // alert list would keep the old model's calls while the snapshots (the latest computed) show none.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM alerts a
            USING unnest(@tickers, @sessions) AS s (ticker, session_date)
            WHERE a.ticker = s.ticker AND a.session_date = s.session_date
              AND NOT EXISTS (SELECT 1 FROM unnest(@alertTickers, @alertSessions, @alertKinds) AS k (ticker, session_date, kind)
                              WHERE k.ticker = a.ticker AND k.session_date = a.session_date AND k.kind = a.kind)
            """,
            new
            {
                tickers = Column(snapshots, s => s.Ticker),
                sessions = Column(snapshots, s => s.SessionDate),
                alertTickers = alerting.Select(a => a.Ticker).ToArray(),
                alertSessions = alerting.Select(a => a.SessionDate).ToArray(),
                alertKinds = alerting.Select(a => a.Kind).ToArray(),
            },
            transaction, cancellationToken: ct));
        if (alerting.Length > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO alerts (ticker, session_date, kind, score)
                SELECT * FROM unnest(@tickers, @sessions, @kinds, @scores)
                ON CONFLICT DO NOTHING
                """,
                new
                {
                    tickers = alerting.Select(a => a.Ticker).ToArray(),
                    sessions = alerting.Select(a => a.SessionDate).ToArray(),
                    kinds = alerting.Select(a => a.Kind).ToArray(),
                    scores = alerting.Select(a => a.Score).ToArray(),
                },
                transaction, cancellationToken: ct));
        }
    }

    /// <summary>
    /// The <c>features</c> column of <paramref name="s"/>: its <see cref="WyckoffSnapshot.Features"/> as camelCase JSON (the web
    /// defaults, as the other JSON columns), or null when it has none (too short a history).
    /// </summary>
    public static string? FeaturesJson(WyckoffSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Features is null ? null : JsonSerializer.Serialize(s.Features, JsonSerializerOptions.Web);
    }

    /// <summary>The score that fired an alert: BC for an exit, Spring for an entry.</summary>
    public static int AlertScore(WyckoffSnapshot s) => s.AlertKind == Kapman.Contracts.WyckoffAlertKinds.BcExit ? s.Bc.Total : s.Spring.Total;

    /// <summary>
    /// Every alert of <paramref name="s"/>: its score alert (<see cref="WyckoffSnapshot.AlertKind"/>, scored by <see cref="AlertScore"/>) then its
    /// event alerts (<see cref="WyckoffSnapshot.EventAlertKinds"/>: SOW_REDUCE carries the BC score, SPRING_SOS_ENTRY the Spring score).
    /// </summary>
    public static IEnumerable<(string Ticker, string Kind, int Score)> Alerts(WyckoffSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.AlertKind is { } kind)
        {
            yield return (s.Ticker, kind, AlertScore(s));
        }

        foreach (var eventKind in s.EventAlertKinds ?? [])
        {
            yield return (s.Ticker, eventKind, eventKind == Kapman.Contracts.WyckoffAlertKinds.SowReduce ? s.Bc.Total : s.Spring.Total);
        }
    }

    /// <summary>
    /// The select list that maps a <c>snapshots</c> row onto <see cref="SnapshotDto"/>, with the ticker's dealer context
    /// of the same session (<c>dealer_context</c>) when stored and the stored signal features; the query must read <c>FROM snapshots</c> unaliased.
    /// </summary>
    internal const string Columns =
        """
        ticker, session_date AS SessionDate, bc_score AS BcScore, spring_score AS SpringScore, signal, alert_kind AS AlertKind,
        events::text AS EventsJson, bc_signals::text AS BcSignalsJson, spring_signals::text AS SpringSignalsJson, model_version AS ModelVersion,
        phase::text AS Phase, phase_score::float8 AS PhaseScore, phase_confidence::float8 AS PhaseConfidence, phase_sub_stage AS PhaseSubStage,
        composite_score::float8 AS CompositeScore, trade_signal AS TradeSignal, COALESCE(sequence, '{}')::text AS SequenceJson,
        COALESCE(checklist, '{}')::text AS ChecklistJson,
        (SELECT jsonb_build_object('spot', d.spot, 'netGex', d.net_gex, 'gammaFlip', d.gamma_flip, 'dgpi', d.dgpi,
                                   'position', d.dealer_position, 'callWall', d.call_wall, 'putWall', d.put_wall,
                                   'optionsModelVersion', d.options_model_version, 'description', d.description)::text
         FROM dealer_context d WHERE d.ticker = snapshots.ticker AND d.session_date = snapshots.session_date) AS DealerContextJson,
        features::text AS FeaturesJson
        """;

    /// <summary>
    /// Which of <paramref name="tickers"/> have a snapshot of <paramref name="modelVersion"/> on <paramref name="session"/>, read in
    /// <paramref name="tx"/> (the tickers a late dealer context brings up to date).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<IReadOnlyList<string>> StoredTickersAsync(
        OutboxTransaction tx, DateOnly session, string modelVersion, IReadOnlyCollection<string> tickers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(tickers);
        return [.. await tx.Connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT ticker FROM snapshot_versions
            WHERE session_date = @session AND model_version = @modelVersion AND ticker = ANY(@tickers)
            ORDER BY ticker
            """, new { session, modelVersion, tickers = tickers.ToArray() }, tx.Transaction, cancellationToken: ct))];
    }

    /// <summary>Snapshots of a session (latest when null), every signal.</summary>
    public Task<IEnumerable<SnapshotDto>> SnapshotsAsync(DateOnly? session, CancellationToken ct) => SnapshotsAsync(session, [], ct);

    /// <summary>
    /// Snapshots of a session (latest when null) whose <c>signal</c> is one of <paramref name="signals"/> (empty: every
    /// snapshot, with or without a signal). The latest session is <c>max(session_date)</c> of <c>snapshot_versions</c>,
    /// the same date as over the <c>snapshots</c> view (every stored row has its view row) but read from the session
    /// index instead of de-duplicating every stored version first (0.5 s on 77,000 rows).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signals"/> is null.</exception>
    public async Task<IEnumerable<SnapshotDto>> SnapshotsAsync(DateOnly? session, IReadOnlyCollection<string> signals, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(signals);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<SnapshotDto>(new CommandDefinition(
            $$"""
            SELECT {{Columns}}
            FROM snapshots WHERE session_date = COALESCE(@session, (SELECT max(session_date) FROM snapshot_versions))
              AND (cardinality(@signals::text[]) = 0 OR signal = ANY(@signals::text[]))
            ORDER BY bc_score DESC, spring_score DESC, ticker
            """, new { session, signals = signals.ToArray() }, cancellationToken: ct));
    }

    /// <summary>Alerts of a session (latest session with snapshots when null).</summary>
    public async Task<IEnumerable<AlertDto>> AlertsAsync(DateOnly? session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<AlertDto>(new CommandDefinition(
            """
            SELECT ticker, session_date AS SessionDate, kind, score FROM alerts
            WHERE session_date = COALESCE(@session, (SELECT max(session_date) FROM snapshot_versions))
            ORDER BY kind, score DESC, ticker
            """, new { session }, cancellationToken: ct));
    }

    private static T[] Column<TRow, T>(IReadOnlyList<TRow> rows, Func<TRow, T> value)
    {
        var column = new T[rows.Count];
        for (var i = 0; i < column.Length; i++)
        {
            column[i] = value(rows[i]);
        }

        return column;
    }
}
