using System.Globalization;

namespace Kapman.Web.Clients;

/// <summary>
/// Typed client for the execution service through the gateway (<c>/api/execution</c>; contract in
/// services/Execution/EXECUTION-API-CONTRACT.md, the owner's copy). Reads never throw (<see cref="GatewayResult{T}"/>); mutating calls
/// carry <c>X-Api-Key</c> = the web's own <c>KAPMAN_API_KEY</c> (set on every gateway client) and come back as a
/// <see cref="GatewayReply{T}"/> whose error quotes the service's problem detail (e.g. why a 409 was refused).
/// </summary>
public sealed class ExecutionClient(HttpClient http)
{
    /// <summary>The service's name in messages, e.g. "execution service answered HTTP 409: ...".</summary>
    public const string Service = "execution service";

    /// <summary>How many rows a list page asks for.</summary>
    public const int DefaultLimit = 100;

    private const string Base = "/api/execution";

    /// <summary>The kill switch's current mode and why.</summary>
    public Task<GatewayResult<KillSwitchStatus>> GetKillSwitchAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<KillSwitchStatus>(http, Base + "/kill-switch", cancellationToken);

    /// <summary>
    /// Sets the kill switch to <paramref name="mode"/> (<see cref="KillSwitchStatus.SafeMode"/>,
    /// <see cref="KillSwitchStatus.HardStop"/> or <see cref="KillSwitchStatus.Reset"/>) with the operator's
    /// <paramref name="reason"/>; the reply holds the new state.
    /// </summary>
    public Task<GatewayReply<KillSwitchStatus>> SetKillSwitchAsync(string mode, string reason, CancellationToken cancellationToken) =>
        GatewayHttp.SendForReplyAsync<KillSwitchStatus>(http, HttpMethod.Post, Base + "/kill-switch", new { mode, reason }, Service, cancellationToken);

    /// <summary>PAPER or LIVE, and why.</summary>
    public Task<GatewayResult<TradingModeStatus>> GetTradingModeAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<TradingModeStatus>(http, Base + "/trading-mode", cancellationToken);

    /// <summary>The recommendations execution knows of, with their approval status, at most <paramref name="limit"/>.</summary>
    public Task<GatewayResult<IReadOnlyList<Approval>>> GetApprovalsAsync(int limit, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<Approval>>(http, $"{Base}/approvals?limit={Number(limit)}", cancellationToken);

    /// <summary>
    /// Approves recommendation <paramref name="recommendationId"/> (<paramref name="quantity"/> combo units, null: the
    /// service's default); the reply holds the order id, the same one when it was approved before. The service answers
    /// 404 for an unknown recommendation and 409 while the kill switch is not normal.
    /// </summary>
    public Task<GatewayReply<ApprovalResult>> ApproveAsync(Guid recommendationId, int? quantity, CancellationToken cancellationToken) =>
        GatewayHttp.SendForReplyAsync<ApprovalResult>(
            http, HttpMethod.Post, $"{Base}/approvals/{recommendationId:D}", quantity is { } q ? new { quantity = q } : new { }, Service, cancellationToken);

    /// <summary>The latest orders, at most <paramref name="limit"/>.</summary>
    public Task<GatewayResult<IReadOnlyList<ExecutionOrder>>> GetOrdersAsync(int limit, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<ExecutionOrder>>(http, $"{Base}/orders?limit={Number(limit)}", cancellationToken);

    /// <summary>One order with legs, transitions, walk steps and fills; <see cref="GatewayOutcome.NotFound"/> when unknown.</summary>
    public Task<GatewayResult<ExecutionOrder>> GetOrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<ExecutionOrder>(http, $"{Base}/orders/{orderId:D}", cancellationToken);

    /// <summary>Asks the service to cancel order <paramref name="orderId"/> (202: the cancel is under way).</summary>
    public Task<GatewayReply<object>> CancelOrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        GatewayHttp.SendForReplyAsync<object>(http, HttpMethod.Post, $"{Base}/orders/{orderId:D}/cancel", null, Service, cancellationToken);

    /// <summary>The open positions with P&amp;L, net greeks and where their mark came from.</summary>
    public Task<GatewayResult<IReadOnlyList<ExecutionPosition>>> GetPositionsAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<ExecutionPosition>>(http, Base + "/positions", cancellationToken);

    /// <summary>The risk book of the positions: greeks, beta-weighted delta, VaR, scenarios, caps and triggers (all model-priced).</summary>
    public Task<GatewayResult<RiskReport>> GetRiskAsync(CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<RiskReport>(http, Base + "/risk", cancellationToken);

    /// <summary>The latest journal lines, at most <paramref name="limit"/>.</summary>
    public Task<GatewayResult<IReadOnlyList<JournalEntry>>> GetJournalAsync(int limit, CancellationToken cancellationToken) =>
        GatewayHttp.GetJsonAsync<IReadOnlyList<JournalEntry>>(http, $"{Base}/journal?limit={Number(limit)}", cancellationToken);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
