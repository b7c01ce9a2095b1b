using System.Globalization;
using Kapman.Web.Clients;
using Kapman.Web.Ops;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Web.Execution;

/// <summary>
/// The execution pages' HTML form posts. Each carries <c>apiKey</c>, checked like the Ops re-drive
/// (<see cref="ApiKeyVerifier"/>) before anything is sent; the web then calls the execution API with its own key.
/// Every post redirects (302) back to its page with the outcome in the query (<c>done=</c> or <c>error=</c>, the
/// service's problem detail quoted):
/// <list type="bullet">
/// <item><c>POST /approvals/{recommendationId}/approve</c> (optional field <c>quantity</c>, 1-<see cref="MaxQuantity"/>)
/// to <c>/approvals?approved={recommendationId}&amp;order={orderId}</c>;</item>
/// <item><c>POST /orders/{orderId}/cancel</c> to <c>/orders/{orderId}?done=...</c>;</item>
/// <item><c>POST /kill-switch/set</c> (fields <c>mode</c> = safe_mode, hard_stop or reset, and <c>reason</c>) to
/// <c>/kill-switch?done=...</c>.</item>
/// </list>
/// </summary>
public static class ExecutionEndpoints
{
    /// <summary>Most combo units one approval may ask for (a typing slip such as 100 for 1 is refused here).</summary>
    public const int MaxQuantity = 50;

    /// <summary>Longest kill-switch reason accepted.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Maps approve, cancel and the kill switch.</summary>
    public static IEndpointRouteBuilder MapExecutionForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/approvals/{id:guid}/approve", (Guid id, HttpContext c, ApiKeyVerifier v, ExecutionClient e) =>
            RunAsync(c, v, "/approvals", form => ApproveAsync(e, id, form["quantity"].ToString(), c.RequestAborted))).DisableAntiforgery();
        app.MapPost("/orders/{id:guid}/cancel", (Guid id, HttpContext c, ApiKeyVerifier v, ExecutionClient e) =>
            RunAsync(c, v, $"/orders/{id:D}", async _ =>
            {
                var reply = await e.CancelOrderAsync(id, c.RequestAborted);
                return reply.Succeeded ? Query("done", "cancel requested") : Query("error", reply.Error);
            })).DisableAntiforgery();
        app.MapPost("/kill-switch/set", (HttpContext c, ApiKeyVerifier v, ExecutionClient e) =>
            RunAsync(c, v, "/kill-switch", form => SetKillSwitchAsync(e, form["mode"].ToString(), form["reason"].ToString().Trim(), c.RequestAborted)))
            .DisableAntiforgery();
        return app;
    }

    private static async Task<string> ApproveAsync(ExecutionClient client, Guid id, string quantityText, CancellationToken ct)
    {
        int? quantity = null;
        if (quantityText.Trim().Length > 0)
        {
            if (!int.TryParse(quantityText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1 or > MaxQuantity)
            {
                return Query("error", $"the quantity must be a whole number from 1 to {MaxQuantity}");
            }

            quantity = parsed;
        }

        var reply = await client.ApproveAsync(id, quantity, ct);
        if (!reply.Succeeded)
        {
            return Query("error", reply.Error);
        }

        return reply.Value is { } approved
            ? $"approved={id:D}&order={approved.OrderId:D}"
            : Query("error", $"{ExecutionClient.Service} accepted the approval but named no order");
    }

    private static async Task<string> SetKillSwitchAsync(ExecutionClient client, string mode, string reason, CancellationToken ct)
    {
        if (!KillSwitchStatus.Settable.Contains(mode, StringComparer.Ordinal))
        {
            return Query("error", "choose safe_mode, hard_stop or reset");
        }

        if (reason.Length is 0 or > MaxReasonLength)
        {
            return Query("error", $"give a reason of 1-{MaxReasonLength} characters");
        }

        var reply = await client.SetKillSwitchAsync(mode, reason, ct);
        return reply.Succeeded
            ? Query("done", $"{mode} sent; the switch is now {reply.Value?.Mode ?? "unknown"}")
            : Query("error", reply.Error);
    }

    private static async Task<RedirectHttpResult> RunAsync(
        HttpContext context, ApiKeyVerifier verifier, string page, Func<IFormCollection, Task<string>> action)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        if (!verifier.IsConfigured)
        {
            return Back(page, Query("error", "changes are disabled: the web has no KAPMAN_API_KEY in its environment"));
        }

        if (!verifier.Verify(form["apiKey"].ToString()))
        {
            return Back(page, Query("error", "wrong API key"));
        }

        return Back(page, await action(form));
    }

    private static string Query(string key, string message) => key + "=" + Uri.EscapeDataString(message);

    private static RedirectHttpResult Back(string page, string query) => TypedResults.Redirect(page + "?" + query);
}
