using Dapper;
using Kapman.Ingestion.Apis;
using Kapman.Ingestion.Core.CorporateActions;
using Kapman.MarketData.Calendar;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>Builds the completeness reports of sessions and ranges from <c>daily_bars</c>, <c>ingestion_runs</c>, <c>quarantined_rows</c> and <c>split_factors</c>.</summary>
public sealed class CompletenessStore(NpgsqlDataSource dataSource)
{
    /// <summary>The session's report, or null when it was never loaded or lies outside the calendar's years.</summary>
    public async Task<SessionReport?> SessionAsync(DateOnly date, CancellationToken ct)
    {
        if (date.Year is < NyseCalendar.FirstYear or > NyseCalendar.LastYear)
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var loaded = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM ingestion_runs WHERE session_date = @date)", new { date }, cancellationToken: ct));
        if (!loaded)
        {
            return null;
        }

        var counts = await connection.QuerySingleAsync<(int Rows, int Tickers)>(new CommandDefinition(
            "SELECT count(*)::int, count(DISTINCT ticker)::int FROM daily_bars WHERE session_date = @date", new { date }, cancellationToken: ct));
        var byReason = await ByReasonAsync(connection, date, date, ct);
        var previous = NyseCalendar.PreviousSession(date);
        var previousStored = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM daily_bars WHERE session_date = @previous)", new { previous }, cancellationToken: ct));
        List<string>? added = null, vanished = null;
        if (previousStored && counts.Rows > 0)
        {
            const string Difference = """
                SELECT ticker FROM daily_bars WHERE session_date = @a
                EXCEPT SELECT ticker FROM daily_bars WHERE session_date = @b ORDER BY 1
                """;
            added = [.. await connection.QueryAsync<string>(new CommandDefinition(Difference, new { a = date, b = previous }, cancellationToken: ct))];
            vanished = [.. await connection.QueryAsync<string>(new CommandDefinition(Difference, new { a = previous, b = date }, cancellationToken: ct))];
        }

        return new SessionReport(date, counts.Rows, counts.Tickers, byReason.Values.Sum(), byReason, NyseCalendar.IsSession(date),
            NyseCalendar.IsEarlyClose(date), previous, added, vanished, await SplitsAsync(connection, date, date, ct));
    }

    /// <summary>The range's report over NYSE sessions in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public async Task<RangeReport> RangeAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var latest = (await connection.QueryAsync<(DateOnly SessionDate, string Source, string Status, string? Error)>(new CommandDefinition(
            """
            SELECT DISTINCT ON (session_date) session_date, source, status, error
            FROM ingestion_runs WHERE session_date BETWEEN @from AND @to
            ORDER BY session_date, id DESC
            """, new { from, to }, cancellationToken: ct))).ToList();
        var loaded = latest.Where(r => r.Status == "loaded").Select(r => r.SessionDate).ToHashSet();
        var sessions = NyseCalendar.Sessions(from, to).ToList();
        var rows = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM daily_bars WHERE session_date BETWEEN @from AND @to", new { from, to }, cancellationToken: ct));
        var byReason = await ByReasonAsync(connection, from, to, ct);
        return new RangeReport(from, to, sessions.Count, sessions.Count(loaded.Contains), [.. sessions.Where(s => !loaded.Contains(s))],
            [.. latest.Where(r => r.Status == "rejected").Select(r => new RejectedFileDto(r.SessionDate, r.Source, r.Error))],
            rows, byReason.Values.Sum(), byReason, await SplitsAsync(connection, from, to, ct));
    }

    /// <summary>The session's quarantined rows with their reasons, in file line order.</summary>
    public async Task<IEnumerable<QuarantinedRowDto>> QuarantineAsync(DateOnly date, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<QuarantinedRowDto>(new CommandDefinition(
            "SELECT line_number AS LineNumber, ticker, reason, detail, raw_line AS RawLine, source FROM quarantined_rows WHERE session_date = @date ORDER BY line_number",
            new { date }, cancellationToken: ct));
    }

    private static async Task<Dictionary<string, int>> ByReasonAsync(NpgsqlConnection connection, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await connection.QueryAsync<(string Reason, int Count)>(new CommandDefinition(
            "SELECT reason, count(*)::int FROM quarantined_rows WHERE session_date BETWEEN @from AND @to GROUP BY reason ORDER BY reason",
            new { from, to }, cancellationToken: ct)))
        .ToDictionary(r => r.Reason, r => r.Count, StringComparer.Ordinal);

    private static async Task<IReadOnlyList<SplitSuspectDto>> SplitsAsync(NpgsqlConnection connection, DateOnly from, DateOnly to, CancellationToken ct) =>
        [.. (await connection.QueryAsync<(string Ticker, DateOnly ExDate, double Factor, double ObservedRatio, double DollarVolumeRatio)>(new CommandDefinition(
            """
            SELECT ticker, ex_date, factor, observed_ratio, dollar_volume_ratio
            FROM split_factors WHERE ex_date BETWEEN @from AND @to ORDER BY ex_date, ticker
            """, new { from, to }, cancellationToken: ct)))
            .Select(s => new SplitSuspectDto(s.Ticker, s.ExDate, s.Factor, SplitRatios.Describe(s.Factor), s.ObservedRatio, s.DollarVolumeRatio))];
}
