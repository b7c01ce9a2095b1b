using Kapman.Execution.Core.Risk;
using Kapman.Execution.Risk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Apis;

/// <summary><c>GET /risk</c>: the risk book now (docs/domain/risk-book.md).</summary>
public static class RiskApi
{
    /// <summary>The label of every model-priced figure of the book.</summary>
    public const string Model = "black-scholes-merton at the implied volatility of the stored mid";

    public static IEndpointRouteBuilder MapRiskApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/risk", GetRisk).WithName("GetRisk").WithSummary("The risk book: greeks, beta-weighted delta, VaR, scenarios, caps and triggers").WithTags("Positions");
        return app;
    }

    /// <summary>The book now with its caps and triggers compared.</summary>
    public static async Task<Ok<RiskDto>> GetRisk(RiskBookService books, IOptions<RiskOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(books);
        ArgumentNullException.ThrowIfNull(options);
        var (book, asOf) = await books.NowAsync(ct);
        var settings = options.Value;
        return TypedResults.Ok(new RiskDto(settings.Enabled, Model, asOf, book,
            RiskGate.Compare(book.Total, settings.Caps.Limits()), RiskGate.Compare(book.Total, settings.Triggers.Limits())));
    }
}
