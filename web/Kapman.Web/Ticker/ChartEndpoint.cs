using Kapman.Web.Clients;

namespace Kapman.Web.Ticker;

/// <summary>
/// <c>GET /ticker/{ticker}/chart.json</c>: <see cref="ChartData"/> for the Ticker page's chart (compact camelCase JSON).
/// 404 for an invalid ticker or one without bars; 503 problem when the bars cannot be read. Markers and the phase band
/// come from the ticker's snapshot history over the bars' range, and are empty when the Wyckoff service cannot be read.
/// </summary>
public static class ChartEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapChartData(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ticker/{ticker}/chart.json", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(string ticker, MarketClient market, WyckoffClient wyckoff, CancellationToken cancellationToken)
    {
        if (!TickerSymbol.IsValid(ticker))
        {
            return Results.NotFound();
        }

        var bars = await market.GetBarsAsync(ticker, cancellationToken);
        if (bars.Value is not { } values)
        {
            return Results.Problem(bars.Describe(KapmanServices.Ingestion), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (values.Count == 0)
        {
            return Results.NotFound();
        }

        var history = await wyckoff.GetHistoryAsync(ticker, values.Min(b => b.Date), cancellationToken);
        return Results.Json(ChartDataBuilder.Build(ticker, values, history.Value ?? []));
    }
}
