using System.Text.Json;
using Dapper;
using Npgsql;

namespace Kapman.Notification.Commentary.Data;

/// <summary>
/// Reads and writes <c>notification.commentary_reports</c>. Each call runs on a connection of its own and commits at once, so a claim is
/// visible before the model is asked and no transaction is open during the call; every state change is one conditional UPDATE, so
/// approving or rejecting happens at most once whichever path (Telegram, endpoint) comes first.
/// </summary>
public sealed class CommentaryReportStore(NpgsqlDataSource dataSource)
{
    /// <summary>After this long a WRITING report is taken to be abandoned (the process stopped during the call) and may be claimed again.</summary>
    public static readonly TimeSpan StaleWriting = TimeSpan.FromMinutes(5);

    private const string Columns = """
        id, kind, session_date AS SessionDate, facts_session AS FactsSession, state, source, provider, model, text, model_text AS ModelText,
        rejection, decided_by AS DecidedBy, created_at AS CreatedAt, decided_at AS DecidedAt, distributed_at AS DistributedAt
        """;

    /// <summary>
    /// Claims a new report as WRITING and returns its id; null when a pre-market, intraday or post-market report of the session already exists (and
    /// is not an abandoned WRITING one, which is taken over under its id).
    /// </summary>
    public async Task<Guid?> ClaimAsync(string kind, DateOnly session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            """
            INSERT INTO commentary_reports (id, kind, session_date, state) VALUES (@id, @kind, @session, 'WRITING')
            ON CONFLICT (kind, session_date) WHERE kind IN ('PRE_MARKET', 'INTRADAY', 'POST_MARKET')
            DO UPDATE SET created_at = now()
            WHERE commentary_reports.state = 'WRITING' AND commentary_reports.created_at < now() - make_interval(secs => @stale)
            RETURNING id
            """,
            new { id = Guid.CreateVersion7(), kind, session, stale = StaleWriting.TotalSeconds }, cancellationToken: ct));
    }

    /// <summary>Stores the written report and makes it PENDING_APPROVAL.</summary>
    public async Task CompleteAsync(Guid id, WrittenReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE commentary_reports SET state = 'PENDING_APPROVAL', facts_session = @FactsSession, facts = @facts::jsonb, source = @Source,
                provider = @Provider, model = @Model, prompt_version = @PromptVersion, prompt = @Prompt, model_text = @ModelText,
                rejection = @Rejection, text = @Text, written_at = now()
            WHERE id = @id AND state = 'WRITING'
            """,
            new
            {
                id, report.FactsSession, facts = JsonSerializer.Serialize(report.Facts, CommentaryFactStore.Json), report.Source, report.Provider,
                report.Model, report.PromptVersion, report.Prompt, report.ModelText, report.Rejection, report.Text,
            },
            cancellationToken: ct));
    }

    /// <summary>Moves a PENDING_APPROVAL report to <paramref name="decision"/> (APPROVED or REJECTED); false when it was not pending.</summary>
    public async Task<bool> DecideAsync(Guid id, string decision, string decidedBy, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE commentary_reports SET state = @decision, decided_by = @decidedBy, decided_at = now() WHERE id = @id AND state = 'PENDING_APPROVAL'",
            new { id, decision, decidedBy }, cancellationToken: ct)) == 1;
    }

    /// <summary>Marks an APPROVED report DISTRIBUTED. Never cancelled.</summary>
    public async Task DistributedAsync(Guid id)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE commentary_reports SET state = 'DISTRIBUTED', distributed_at = now() WHERE id = @id AND state = 'APPROVED'",
            new { id }, cancellationToken: CancellationToken.None));
    }

    /// <summary>The report <paramref name="id"/>, or null.</summary>
    public async Task<CommentaryReportDto?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<CommentaryReportDto>(new CommandDefinition(
            "SELECT " + Columns + " FROM commentary_reports WHERE id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>The <paramref name="kind"/> report of <paramref name="session"/> (the latest one for ON_DEMAND), or null.</summary>
    public async Task<CommentaryReportDto?> FindAsync(string kind, DateOnly session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryFirstOrDefaultAsync<CommentaryReportDto>(new CommandDefinition(
            "SELECT " + Columns + " FROM commentary_reports WHERE kind = @kind AND session_date = @session ORDER BY created_at DESC LIMIT 1",
            new { kind, session }, cancellationToken: ct));
    }

    /// <summary>The reports of <paramref name="session"/> (the latest <paramref name="limit"/> of any session when null), newest first.</summary>
    public async Task<IEnumerable<CommentaryReportDto>> ListAsync(DateOnly? session, int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<CommentaryReportDto>(new CommandDefinition(
            "SELECT " + Columns + " FROM commentary_reports WHERE @session::date IS NULL OR session_date = @session ORDER BY created_at DESC LIMIT @limit",
            new { session, limit }, cancellationToken: ct));
    }
}
