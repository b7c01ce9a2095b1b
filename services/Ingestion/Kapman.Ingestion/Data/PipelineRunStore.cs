using Dapper;
using Kapman.Contracts;
using Kapman.Ingestion.Pipeline;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>Reads and writes the run record: <c>pipeline_runs</c> and <c>pipeline_stages</c>.</summary>
public sealed class PipelineRunStore(NpgsqlDataSource dataSource)
{
    /// <summary>The <c>pipeline_runs</c> columns of <see cref="RunRow"/>.</summary>
    private const string SelectRuns =
        "SELECT run_id AS RunId, session_date AS SessionDate, scope, trigger, created_at AS CreatedAt, kind, retention::text AS Retention FROM pipeline_runs";

    /// <summary>The <c>pipeline_stages</c> columns of <see cref="StageRow"/>.</summary>
    private const string SelectStages =
        "SELECT run_id AS RunId, stage, status, item_count AS Count, error, started_at AS StartedAt, finished_at AS FinishedAt FROM pipeline_stages";

    /// <summary>The newest runs, of one kind or (null) of both.</summary>
    private const string RecentRunsSql = SelectRuns + " WHERE CAST(@kind AS text) IS NULL OR kind = @kind ORDER BY created_at DESC LIMIT @limit";

    /// <summary>The stages of several runs, each run's in stage order.</summary>
    private const string StagesOfRunsSql = SelectStages + " WHERE run_id = ANY(@ids) ORDER BY run_id, ordinal";

    /// <summary>One run.</summary>
    private const string RunSql = SelectRuns + " WHERE run_id = @runId";

    /// <summary>One run's stages in stage order.</summary>
    private const string StagesOfRunSql = SelectStages + " WHERE run_id = @runId ORDER BY ordinal";

    /// <summary>Who started a run from the API, the CLI or the web.</summary>
    public const string ApiTrigger = "api";

    /// <summary>Who started a run from the daily schedule.</summary>
    public const string ScheduleTrigger = "schedule";

    /// <summary>
    /// Creates the run with every stage pending and queues <see cref="RunDailyPipeline"/> in the same transaction;
    /// <paramref name="trigger"/> is <see cref="ApiTrigger"/> or <see cref="ScheduleTrigger"/>.
    /// </summary>
    public static async Task CreateAsync(OutboxTransaction tx, RunDailyPipeline command, string trigger, CancellationToken ct)
    {
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO pipeline_runs (run_id, session_date, scope, trigger) VALUES (@RunId, @SessionDate, @Scope, @trigger)",
            new { command.RunId, command.SessionDate, command.Scope, trigger }, tx.Transaction, cancellationToken: ct));
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO pipeline_stages (run_id, stage, ordinal, status) VALUES (@runId, @stage, @ordinal, @status)",
            PipelineStages.All.Select((stage, i) => new { runId = command.RunId, stage, ordinal = i, status = StageStatuses.Pending }),
            tx.Transaction, cancellationToken: ct));
        await tx.PublishAsync(command, ct);
    }

    /// <summary>Applies a stage change unless a later one was already applied (events may arrive out of order).</summary>
    public static Task ApplyAsync(OutboxTransaction tx, PipelineStageChanged change, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE pipeline_stages
            SET status = @Status, item_count = @Count, error = @Error, started_at = @StartedAt,
                finished_at = CASE WHEN @Status IN ('succeeded', 'failed', 'partial') THEN @OccurredAt END,
                last_event_at = @OccurredAt
            WHERE run_id = @RunId AND stage = @Stage AND (last_event_at IS NULL OR last_event_at <= @OccurredAt)
            """, change, tx.Transaction, cancellationToken: ct));

    /// <summary>
    /// Marks <paramref name="stage"/> failed because its message was parked in <c>_error</c> at <paramref name="faultedAt"/>,
    /// unless a later change was already applied (a re-drive that ran after the fault wins). Keeps the stage's start time.
    /// </summary>
    public static Task MarkFaultedAsync(OutboxTransaction tx, Guid runId, string stage, string reason, DateTimeOffset faultedAt, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE pipeline_stages
            SET status = @status, error = @reason, finished_at = @faultedAt, last_event_at = @faultedAt
            WHERE run_id = @runId AND stage = @stage AND (last_event_at IS NULL OR last_event_at <= @faultedAt)
            """, new { runId, stage, reason, faultedAt, status = StageStatuses.Failed }, tx.Transaction, cancellationToken: ct));

    /// <summary>
    /// The newest runs first, of <paramref name="kind"/> (<c>daily</c> or <c>weekly</c>) or of both when null: two queries (the runs,
    /// then all their stages), however many runs, since the Ops page asks for them on every view.
    /// </summary>
    public async Task<IReadOnlyList<PipelineRunDto>> RecentAsync(int limit, string? kind, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var runs = (await connection.QueryAsync<RunRow>(new CommandDefinition(RecentRunsSql, new { limit, kind }, cancellationToken: ct))).ToList();
        var stages = (await connection.QueryAsync<StageRow>(new CommandDefinition(
            StagesOfRunsSql, new { ids = runs.Select(r => r.RunId).ToArray() }, cancellationToken: ct)))
            .ToLookup(s => s.RunId);
        return [.. runs.Select(r => ToDto(r, stages[r.RunId]))];
    }

    /// <summary>One run, or null.</summary>
    public async Task<PipelineRunDto?> GetAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await GetAsync(connection, runId, ct);
    }

    /// <summary>The stages marked failed in the newest run (by creation time); empty when there is no run.</summary>
    public async Task<IReadOnlyCollection<string>> FailedStagesOfNewestRunAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var failed = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT stage FROM pipeline_stages
            WHERE status = @failed AND run_id = (SELECT run_id FROM pipeline_runs WHERE kind = 'daily' ORDER BY created_at DESC LIMIT 1)
            """, new { failed = StageStatuses.Failed }, cancellationToken: ct));
        return [.. failed];
    }

    /// <summary>
    /// Takes the schedule's transaction-scoped advisory lock in <paramref name="tx"/> (waiting for another holder), then says whether
    /// <paramref name="session"/> already has a run: one replica's schedule decides at a time, and sees what the other committed.
    /// </summary>
    public static async Task<bool> LockScheduleAndHasRunAsync(OutboxTransaction tx, DateOnly session, CancellationToken ct)
    {
        await LockScheduleAsync(tx, ct);
        return await tx.Connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM pipeline_runs WHERE session_date = @session AND kind = 'daily')", new { session }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Takes the schedule's transaction-scoped advisory lock in <paramref name="tx"/>, waiting for another holder.</summary>
    public static Task LockScheduleAsync(OutboxTransaction tx, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtext('kapman.ingestion.schedule'))", transaction: tx.Transaction, cancellationToken: ct));

    /// <summary>The newest session with any run (started by anyone, in any state), or null when there is none.</summary>
    public async Task<DateOnly?> NewestRunSessionAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition("SELECT max(session_date) FROM pipeline_runs", cancellationToken: ct));
    }

    /// <summary>The session of the newest run by creation time (of any kind, started by anyone), or null when there is none.</summary>
    public async Task<DateOnly?> LatestRunSessionAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(
            "SELECT session_date FROM pipeline_runs ORDER BY created_at DESC LIMIT 1", cancellationToken: ct));
    }

    /// <summary>The newest run of <paramref name="kind"/> (<c>daily</c> or <c>weekly</c>) the schedule started, or null.</summary>
    public async Task<PipelineRunDto?> LastScheduledRunAsync(string kind, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var id = await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(
            "SELECT run_id FROM pipeline_runs WHERE trigger = @trigger AND kind = @kind ORDER BY created_at DESC LIMIT 1",
            new { trigger = ScheduleTrigger, kind }, cancellationToken: ct));
        return id is { } runId ? await GetAsync(connection, runId, ct) : null;
    }

    /// <summary>The newest session with a run whose stages all succeeded or were partial, or null when none.</summary>
    public async Task<DateOnly?> NewestCompletedSessionAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(
            """
            SELECT max(r.session_date) FROM pipeline_runs r
            WHERE r.kind = 'daily' AND NOT EXISTS (SELECT 1 FROM pipeline_stages s WHERE s.run_id = r.run_id AND s.status NOT IN (@succeeded, @partial))
            """, new { succeeded = StageStatuses.Succeeded, partial = StageStatuses.Partial }, cancellationToken: ct));
    }

    private static async Task<PipelineRunDto?> GetAsync(NpgsqlConnection connection, Guid runId, CancellationToken ct)
    {
        var run = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(RunSql, new { runId }, cancellationToken: ct));
        if (run is null)
        {
            return null;
        }

        var stages = await connection.QueryAsync<StageRow>(new CommandDefinition(StagesOfRunSql, new { runId }, cancellationToken: ct));
        return ToDto(run, stages);
    }

    /// <summary>The run with its stages (in stage order); its status and finish time follow from the stages.</summary>
    private static PipelineRunDto ToDto(RunRow run, IEnumerable<StageRow> rows)
    {
        var stages = rows
            .Select(s => new PipelineStageDto(s.Stage, s.Status, s.Count, s.Error, Utc(s.StartedAt), Utc(s.FinishedAt),
                s.StartedAt is { } start && s.FinishedAt is { } end ? (long)(end - start).TotalMilliseconds : null))
            .ToList();
        var status = RunStatus.Of(stages.Select(s => s.Status).ToList());
        DateTimeOffset? finishedAt = StageStatuses.IsFinal(status) ? stages.Max(s => s.FinishedAt) : null;
        return new PipelineRunDto(run.RunId, run.SessionDate, run.Scope, status, Utc(run.CreatedAt), finishedAt, stages, run.Trigger, run.Kind,
            RetentionCountDto.Parse(run.Retention));
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateTimeOffset? Utc(DateTime? value) => value is { } v ? Utc(v) : null;

    private sealed record RunRow(Guid RunId, DateOnly SessionDate, string Scope, string Trigger, DateTime CreatedAt, string Kind, string Retention);

    private sealed record StageRow(Guid RunId, string Stage, string Status, int? Count, string? Error, DateTime? StartedAt, DateTime? FinishedAt);
}
