using System.Globalization;
using System.Text;
using Dapper;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Core.CorporateActions;
using Kapman.Ingestion.Data;
using Npgsql;

namespace Kapman.Ingestion.Apis;

/// <summary>
/// <c>GET /bars/{ticker}?from&amp;to&amp;adjusted=false&amp;format=json</c>: a ticker's bars in [from, to], raw or
/// split-adjusted with the stored factors (<see cref="SplitAdjustment"/>), as JSON or CSV
/// (<c>ticker,session_date,open,high,low,close,volume</c>). Defaults: the last 365 days up to the newest bar. A ticker
/// without any stored bar is a 404 problem detail.
/// </summary>
public static class BarsApi
{
    /// <summary>Maps the bars endpoint.</summary>
    public static IEndpointRouteBuilder MapBarsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/bars/{ticker}", BarsAsync).WithTags("Ingestion").WithSummary("A ticker's daily bars, raw or split-adjusted, as JSON or CSV.");
        return app;
    }

    private static async Task<IResult> BarsAsync(string ticker, DateOnly? from, DateOnly? to, bool? adjusted, string? format, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        if (format is not (null or "json" or "csv") || (from is { } f && to is { } t && t < f))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["query"] = ["format is json or csv, and from <= to."] });
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var latest = await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(
            "SELECT max(session_date) FROM daily_bars WHERE ticker = @ticker", new { ticker }, cancellationToken: ct));
        if (latest is null)
        {
            return TypedResults.Problem($"No bars are stored for '{ticker}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown ticker");
        }

        var end = to ?? latest.Value;
        var start = from ?? end.AddDays(-365);
        var raw = (await connection.QueryAsync<(DateOnly SessionDate, double Open, double High, double Low, double Close, long Volume)>(new CommandDefinition(
            """
            SELECT session_date, open, high, low, close, volume FROM daily_bars
            WHERE ticker = @ticker AND session_date BETWEEN @start AND @end ORDER BY session_date
            """, new { ticker, start, end }, cancellationToken: ct)))
            .Select(r => new DailyBar(ticker, r.SessionDate, r.Open, r.High, r.Low, r.Close, r.Volume, null)).ToList();
        var bars = adjusted == true ? SplitAdjustment.Adjust(raw, await SplitFactorStore.FactorsAsync(connection, ticker, ct)) : raw;
        var dtos = bars.Select(b => new BarDto(b.Ticker, b.SessionDate, b.Open, b.High, b.Low, b.Close, b.Volume)).ToList();
        return format == "csv" ? TypedResults.Text(Csv(dtos), "text/csv", Encoding.UTF8) : TypedResults.Ok(dtos);
    }

    private static string Csv(IEnumerable<BarDto> bars)
    {
        var text = new StringBuilder("ticker,session_date,open,high,low,close,volume\n");
        foreach (var b in bars)
        {
            text.Append(CultureInfo.InvariantCulture, $"{b.Ticker},{b.SessionDate:yyyy-MM-dd},{b.Open:R},{b.High:R},{b.Low:R},{b.Close:R},{b.Volume}\n");
        }

        return text.ToString();
    }
}
