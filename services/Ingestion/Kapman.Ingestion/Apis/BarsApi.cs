using System.Globalization;
using System.Text;
using Kapman.Ingestion.Data;

namespace Kapman.Ingestion.Apis;

/// <summary>
/// <c>GET /bars/{ticker}?from&amp;to&amp;adjusted=false&amp;format=json</c>: a ticker's bars in [from, to], raw or
/// split-adjusted with the stored factors (<see cref="BarQueries.RangeAsync"/>), as JSON or CSV
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

    private static async Task<IResult> BarsAsync(string ticker, DateOnly? from, DateOnly? to, bool? adjusted, string? format, BarQueries bars, CancellationToken ct)
    {
        if (format is not (null or "json" or "csv") || (from is { } f && to is { } t && t < f))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["query"] = ["format is json or csv, and from <= to."] });
        }

        if (await bars.RangeAsync(ticker, from, to, adjusted == true, ct) is not { } range)
        {
            return TypedResults.Problem($"No bars are stored for '{ticker}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown ticker");
        }

        var dtos = range.Select(b => new BarDto(b.Ticker, b.SessionDate, b.Open, b.High, b.Low, b.Close, b.Volume)).ToList();
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
