using Kapman.Notification.Commentary.Data;
using Kapman.Notification.Core.Commentary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Notification.Commentary;

/// <summary>
/// The market reports (issue 20 item 4):
/// <list type="bullet">
/// <item><c>GET /commentary/reports?session=2025-08-26&amp;limit=50</c>: the reports, newest first, with text, source, model and state;</item>
/// <item><c>POST /commentary/reports</c> <c>{kind, sessionDate}</c>: writes a report now (201), or returns the session's existing
/// pre-market or post-market one (200);</item>
/// <item><c>POST /commentary/reports/{id}/approve</c> and <c>/reject</c>: the path when Telegram is disabled (200 with the report; 409 when
/// it was already decided or is still being written; 404 unknown).</item>
/// </list>
/// The POSTs change state, so like every mutating call of the service they pass only with the gateway's credential, which the gateway
/// adds only after checking the operator's API key (ServiceDefaults' GatewayCredentialMiddleware; gateway route <c>/api/notification/…</c>).
/// </summary>
public static class CommentaryApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCommentaryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/commentary/reports").WithTags("Commentary");
        group.MapGet("", ListReports).WithName("ListCommentaryReports").WithSummary("Market reports, newest first");
        group.MapPost("", CreateReport).WithName("CreateCommentaryReport").WithSummary("Write a pre-market or on-demand report from stored facts");
        group.MapPost("/{id:guid}/approve", (Guid id, ReportApprovals approvals, CommentaryReportStore store, CancellationToken ct) => DecideAsync(id, true, approvals, store, ct))
            .WithName("ApproveCommentaryReport").WithSummary("Approve a report and email it");
        group.MapPost("/{id:guid}/reject", (Guid id, ReportApprovals approvals, CommentaryReportStore store, CancellationToken ct) => DecideAsync(id, false, approvals, store, ct))
            .WithName("RejectCommentaryReport").WithSummary("Reject a report");
        return app;
    }

    /// <summary>The reports of <paramref name="session"/> (any when absent), at most <paramref name="limit"/> (default 50, 1-500).</summary>
    public static async Task<Ok<IEnumerable<CommentaryReportDto>>> ListReports(DateOnly? session, int? limit, CommentaryReportStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.ListAsync(session, Math.Clamp(limit ?? 50, 1, 500), ct));
    }

    /// <summary>Writes the report <paramref name="request"/> asks for.</summary>
    public static async Task<Results<Created<CommentaryReportDto>, Ok<CommentaryReportDto>, ValidationProblem>> CreateReport(
        CreateReportRequest? request, CommentaryWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var kind = request?.Kind?.Trim().ToUpperInvariant();
        var errors = new Dictionary<string, string[]>();
        if (kind is null || !ReportKinds.All.Contains(kind))
        {
            errors["kind"] = [$"kind must be one of {string.Join(", ", ReportKinds.All)}"];
        }

        if (request?.SessionDate is null)
        {
            errors["sessionDate"] = ["sessionDate (yyyy-MM-dd) is required"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (report, created) = await writer.WriteAsync(kind!, request!.SessionDate!.Value, ct);
        return created ? TypedResults.Created($"/commentary/reports/{report.Id}", report) : TypedResults.Ok(report);
    }

    private static async Task<Results<Ok<CommentaryReportDto>, NotFound, Conflict<string>>> DecideAsync(
        Guid id, bool approve, ReportApprovals approvals, CommentaryReportStore store, CancellationToken ct)
    {
        var decision = await approvals.DecideAsync(id, approve, "api", ct);
        return decision switch
        {
            ReportDecision.NotFound => TypedResults.NotFound(),
            ReportDecision.AlreadyDecided => TypedResults.Conflict("the report was already decided"),
            ReportDecision.NotReady => TypedResults.Conflict("the report is still being written"),
            _ => TypedResults.Ok((await store.FindAsync(id, ct))!),
        };
    }
}
