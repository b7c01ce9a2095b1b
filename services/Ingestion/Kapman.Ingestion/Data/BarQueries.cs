using Dapper;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Core.CorporateActions;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>Read side of <c>daily_bars</c> for the API: one ticker's bars over a range, raw or split-adjusted.</summary>
public sealed class BarQueries(NpgsqlDataSource dataSource)
{
    /// <summary>Calendar days before the range's end that the range starts when no start is given.</summary>
    public const int DefaultRangeDays = 365;

    /// <summary>
    /// <paramref name="ticker"/>'s bars with start ≤ session ≤ end, ascending by session; end is <paramref name="to"/>, else the
    /// ticker's newest bar, and start is <paramref name="from"/>, else <see cref="DefaultRangeDays"/> days before the end. When
    /// <paramref name="adjusted"/>, prices and volumes are split-adjusted with the stored factors (<see cref="SplitAdjustment"/>).
    /// Null when the ticker has no stored bar at all.
    /// </summary>
    public async Task<IReadOnlyList<DailyBar>?> RangeAsync(string ticker, DateOnly? from, DateOnly? to, bool adjusted, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var latest = await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(
            "SELECT max(session_date) FROM daily_bars WHERE ticker = @ticker", new { ticker }, cancellationToken: ct));
        if (latest is null)
        {
            return null;
        }

        var end = to ?? latest.Value;
        var start = from ?? end.AddDays(-DefaultRangeDays);
        var raw = (await connection.QueryAsync<(DateOnly SessionDate, double Open, double High, double Low, double Close, long Volume)>(new CommandDefinition(
            """
            SELECT session_date, open, high, low, close, volume FROM daily_bars
            WHERE ticker = @ticker AND session_date BETWEEN @start AND @end ORDER BY session_date
            """, new { ticker, start, end }, cancellationToken: ct)))
            .Select(r => new DailyBar(ticker, r.SessionDate, r.Open, r.High, r.Low, r.Close, r.Volume, null)).ToList();
        return adjusted ? SplitAdjustment.Adjust(raw, await SplitFactorStore.FactorsAsync(connection, ticker, ct)) : raw;
    }
}
