using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Data;
using Kapman.Execution.KillSwitch;
using Kapman.Execution.Trading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Execution.Apis;

/// <summary>
/// <c>GET /kill-switch</c> and <c>POST /kill-switch</c> (docs/domain/execution.md#kill-switch, seed 003 Appendix F). safe_mode and hard_stop need only the gateway's credential
/// (stopping is never refused); reset needs the operator's key (<see cref="OperatorKey"/>: the gateway's credential on a mutating call, or <c>X-Api-Key</c> straight at the service), else 403.
/// </summary>
public static class KillSwitchApi
{
    public static IEndpointRouteBuilder MapKillSwitchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/kill-switch", GetKillSwitch).WithName("GetKillSwitch").WithSummary("The kill switch's mode").WithTags("KillSwitch");
        app.MapPost("/kill-switch", SetKillSwitch).WithName("SetKillSwitch").WithSummary("safe_mode, hard_stop or reset").WithTags("KillSwitch");
        return app;
    }

    public static async Task<Ok<KillSwitchDto>> GetKillSwitch(KillSwitchStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(Dto(await store.GetAsync(ct)));
    }

    /// <summary>200 with the state after the request; 400 for an unknown mode or no reason; 403 for a reset without the operator's key.</summary>
    public static async Task<Results<Ok<KillSwitchDto>, ProblemHttpResult>> SetKillSwitch(
        KillSwitchRequestDto? body, HttpRequest request, KillSwitchService service, OperatorKey key, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(clock);
        KillSwitchTrigger? trigger = body?.Mode switch
        {
            "safe_mode" => KillSwitchTrigger.OperatorSafeMode,
            "hard_stop" => KillSwitchTrigger.OperatorHardStop,
            "reset" => KillSwitchTrigger.OperatorReset,
            _ => null,
        };
        if (trigger is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "mode must be safe_mode, hard_stop or reset");
        }

        if (string.IsNullOrWhiteSpace(body!.Reason))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "a reason is required");
        }

        var authorised = key.IsPresented(request);
        if (trigger == KillSwitchTrigger.OperatorReset && !authorised)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "a reset needs the operator's API key (through the gateway, or X-Api-Key at the service)");
        }

        var (state, error) = await service.ChangeAsync(new KillSwitchRequest(trigger.Value, clock.GetUtcNow(), body.Reason.Trim(), authorised), "operator", ct);
        return error is null ? TypedResults.Ok(Dto(state)) : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: error);
    }

    private static KillSwitchDto Dto(KillSwitchRow row) => new(row.Mode, row.Reason, row.ChangedAt, row.ChangedBy);
}
