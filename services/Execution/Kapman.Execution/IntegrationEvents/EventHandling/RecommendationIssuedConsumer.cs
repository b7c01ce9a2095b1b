using System.Text.Json;
using Kapman.Contracts;
using Kapman.Execution.Data;
using Kapman.Execution.Orders;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.IntegrationEvents.EventHandling;

/// <summary>
/// Stores each <see cref="RecommendationIssued"/> of version 2 or later as an approvable recommendation (status PENDING), once per message
/// (the inbox of <see cref="IdempotentConsumer{T}"/>) and once per recommendation id (a rerun that reissues the same id changes nothing).
/// A version-1 message carries no legs and is skipped. When <see cref="ExecutionOptions.AutoSubmit"/> is on and the mode is PAPER, the
/// recommendation is approved at once in the same transaction (its order is created; the worker submits it) unless the kill switch
/// refuses entries, in which case it stays PENDING.
/// </summary>
#pragma warning disable CS9107 // the base times its log lines with the clock; this consumer stamps its rows with the same clock
public sealed class RecommendationIssuedConsumer(ServiceDatabase database, TimeProvider timeProvider, OrderEntry entry, IOptions<ExecutionOptions> options)
    : IdempotentConsumer<RecommendationIssued>(database, timeProvider)
#pragma warning restore CS9107
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    protected override async Task<StageOutcome?> HandleAsync(RecommendationIssued message, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SchemaVersion < 2 || message.Legs is not { Count: > 0 } legs || message.NetLimitPrice is not { } net || message.Contracts is not { } contracts)
        {
            return null;
        }

        var received = timeProvider.GetUtcNow().UtcDateTime;
        var row = new ApprovalRow
        {
            RecommendationId = message.RecommendationId, RunId = message.RunId, SessionDate = message.SessionDate, Ticker = message.Ticker,
            Strategy = message.Strategy, LimitPrice = (decimal)net, Contracts = Math.Max(1, contracts), Expiration = message.Expiration, Dte = message.Dte,
            ReceivedAt = received,
            Legs = JsonSerializer.Serialize(legs.Select(l => new ApprovedLeg(l.OccSymbol, l.Side, l.Ratio, (decimal)l.LimitPrice, l.Expiration, l.Strike, l.Right)), Json),
        };
        if (!await ApprovalStore.InsertAsync(tx, row, ct))
        {
            return null;
        }

        await JournalStore.AddAsync(tx, new JournalRow(received, "ORDER", null, message.Ticker,
            $"recommendation {message.RecommendationId} received ({message.Strategy}, {legs.Count} leg(s), net {net:0.00##} per share, {contracts} contract(s)): awaiting approval"), ct);
        if (options.Value.AutoSubmit && ExecutionMode.Of(options.Value) == ExecutionMode.Paper)
        {
            await entry.ApproveAsync(tx, message.RecommendationId, null, operatorKey: false, "auto-submit", ct);
        }

        return null;
    }
}
