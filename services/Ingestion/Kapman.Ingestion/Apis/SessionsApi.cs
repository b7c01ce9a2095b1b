using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Kapman.Ingestion.Apis;

/// <summary><c>/sessions/{date}/report</c>: what is stored for a session, and what was quarantined and why.</summary>
public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sessions/{date}/report", ReportAsync).WithTags("Ingestion");
        app.MapGet("/sessions/{date}/quarantine", QuarantineAsync).WithTags("Ingestion");
        return app;
    }

    private static async Task<Results<Ok<SessionReport>, NotFound>> ReportAsync(DateOnly date, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var loaded = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM ingestion_runs WHERE session_date = @date)", new { date }, cancellationToken: ct));
        if (!loaded)
        {
            return TypedResults.NotFound();
        }

        var counts = await connection.QuerySingleAsync<(int Rows, int Tickers)>(new CommandDefinition(
            "SELECT count(*)::int, count(DISTINCT ticker)::int FROM daily_bars WHERE session_date = @date", new { date }, cancellationToken: ct));
        var byReason = (await connection.QueryAsync<(string Reason, int Count)>(new CommandDefinition(
            "SELECT reason, count(*)::int FROM quarantined_rows WHERE session_date = @date GROUP BY reason ORDER BY reason", new { date }, cancellationToken: ct)))
            .ToDictionary(r => r.Reason, r => r.Count, StringComparer.Ordinal);
        return TypedResults.Ok(new SessionReport(date, counts.Rows, counts.Tickers, byReason.Values.Sum(), byReason));
    }

    private static async Task<Ok<IEnumerable<QuarantinedRowDto>>> QuarantineAsync(DateOnly date, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return TypedResults.Ok(await connection.QueryAsync<QuarantinedRowDto>(new CommandDefinition(
            "SELECT line_number AS LineNumber, ticker, reason, detail, raw_line AS RawLine, source FROM quarantined_rows WHERE session_date = @date ORDER BY line_number",
            new { date }, cancellationToken: ct)));
    }
}
