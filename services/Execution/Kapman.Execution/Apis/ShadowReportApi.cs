using System.Globalization;
using Kapman.Execution.Shadow;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Execution.Apis;

/// <summary><c>GET /shadow-report?from=&amp;to=</c>: shadow fills against the paper model's, read-only (<see cref="ShadowReport"/>).</summary>
public static class ShadowReportApi
{
    /// <summary>The longest range one report covers, days.</summary>
    public const int MaxDays = 366;

    public static IEndpointRouteBuilder MapShadowReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/shadow-report", GetShadowReport).WithName("GetShadowReport")
            .WithSummary("Shadow orders' fills against the paper model's for the same approvals; every figure simulated").WithTags("Shadow");
        return app;
    }

    /// <summary>200 with the report of sessions <paramref name="from"/> to <paramref name="to"/> (yyyy-MM-dd, inclusive); 400 when a date is missing or invalid, reversed, or the range is over <see cref="MaxDays"/> days.</summary>
    public static async Task<Results<Ok<ShadowReportDto>, ProblemHttpResult>> GetShadowReport(string? from, string? to, ShadowReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!TryDate(from, out var first) || !TryDate(to, out var last))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "from and to are required dates, yyyy-MM-dd");
        }

        if (last < first || last.DayNumber - first.DayNumber >= MaxDays)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"from must not be after to, and the range is at most {MaxDays} days");
        }

        return TypedResults.Ok(await report.BuildAsync(first, last, ct));
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
