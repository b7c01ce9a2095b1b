using Dapper;
using Npgsql;

namespace Kapman.Wyckoff.Data;

/// <summary>
/// The per-ticker and cross-ticker reads of docs/domain/data-contracts.md#wyckoff-http-reads (seed 000 §7.1) over the <c>snapshots</c> view (the latest computed
/// model version of each ticker and session).
/// </summary>
public sealed class TimelineStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// The ticker's latest snapshot, or null when it has none. The session is found first on the primary key of
    /// <c>snapshot_versions</c> (ticker, session_date, ...), so the view de-duplicates that one session's rows instead of
    /// sorting every stored session of the ticker (730 wide rows, 40 ms, on the full universe).
    /// </summary>
    public async Task<SnapshotDto?> LatestAsync(string ticker, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<SnapshotDto>(new CommandDefinition(
            "SELECT " + SnapshotStore.Columns +
            " FROM snapshots WHERE ticker = @ticker AND session_date = (SELECT max(session_date) FROM snapshot_versions WHERE ticker = @ticker)",
            new { ticker }, cancellationToken: ct));
    }

    /// <summary>The ticker's snapshots between <paramref name="from"/> and <paramref name="to"/> (open when null), oldest first.</summary>
    public async Task<IEnumerable<SnapshotDto>> HistoryAsync(string ticker, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<SnapshotDto>(new CommandDefinition(
            $"""
            SELECT {SnapshotStore.Columns} FROM snapshots
            WHERE ticker = @ticker AND (@from::date IS NULL OR session_date >= @from) AND (@to::date IS NULL OR session_date <= @to)
            ORDER BY session_date
            """, new { ticker, from, to }, cancellationToken: ct));
    }

    /// <summary>
    /// The ticker's scores, signal, phase and events between <paramref name="from"/> and <paramref name="to"/> (open when
    /// null), oldest first: the columns a chart needs (a year of SPY is about 30 KB instead of 1 MB of full snapshots).
    /// </summary>
    public async Task<IEnumerable<ScoreHistoryDto>> ScoreHistoryAsync(string ticker, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<ScoreHistoryDto>(new CommandDefinition(
            """
            SELECT ticker, session_date AS SessionDate, bc_score AS BcScore, spring_score AS SpringScore, signal, phase::text AS Phase,
                   events::text AS EventsJson
            FROM snapshots
            WHERE ticker = @ticker AND (@from::date IS NULL OR session_date >= @from) AND (@to::date IS NULL OR session_date <= @to)
            ORDER BY session_date
            """, new { ticker, from, to }, cancellationToken: ct));
    }

    /// <summary>The ticker's events timeline between the dates (open when null), oldest first.</summary>
    public async Task<IEnumerable<EventDto>> TimelineAsync(string ticker, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<EventDto>(new CommandDefinition(
            $"""
            {EventSelect}
            WHERE s.ticker = @ticker AND (@from::date IS NULL OR s.session_date >= @from) AND (@to::date IS NULL OR s.session_date <= @to)
            ORDER BY s.session_date, e.n
            """, new { ticker, from, to }, cancellationToken: ct));
    }

    /// <summary>Events of every ticker over the latest <paramref name="sessions"/> sessions with snapshots, newest first.</summary>
    public async Task<IEnumerable<EventDto>> RecentAsync(int sessions, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<EventDto>(new CommandDefinition(
            $"""
            {EventSelect}
            WHERE s.session_date >= (SELECT min(d) FROM (SELECT DISTINCT session_date AS d FROM snapshot_versions ORDER BY d DESC LIMIT @sessions) latest)
            ORDER BY s.session_date DESC, s.ticker, e.n
            """, new { sessions }, cancellationToken: ct));
    }

    /// <summary>Active alerts of a session (latest when null): exits first, then by BC and Spring score.</summary>
    public async Task<IEnumerable<ActiveAlertDto>> ActiveAlertsAsync(DateOnly? session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<ActiveAlertDto>(new CommandDefinition(
            """
            SELECT ticker, session_date AS SessionDate, trade_signal AS TradeSignal, bc_score AS BcScore, spring_score AS SpringScore
            FROM snapshots
            WHERE session_date = COALESCE(@session, (SELECT max(session_date) FROM snapshot_versions))
              AND trade_signal IN ('EXIT_IMMEDIATELY', 'PREPARE_EXIT', 'STRONG_ENTRY')
            ORDER BY CASE trade_signal WHEN 'EXIT_IMMEDIATELY' THEN 0 WHEN 'PREPARE_EXIT' THEN 1 ELSE 2 END, bc_score DESC, spring_score DESC, ticker
            """, new { session }, cancellationToken: ct));
    }

    private const string EventSelect =
        """
        SELECT s.ticker, s.session_date AS SessionDate, e.v->>'code' AS Code, (e.v->>'confidence')::float8 AS Confidence,
               (e.v->>'priceLevel')::float8 AS PriceLevel, e.v->>'description' AS Description
        FROM snapshots s CROSS JOIN LATERAL jsonb_array_elements(s.events) WITH ORDINALITY AS e(v, n)
        """;
}
