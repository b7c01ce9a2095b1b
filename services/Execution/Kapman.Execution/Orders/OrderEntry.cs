using System.Globalization;
using System.Text.Json;
using Kapman.Execution.Brokers.Paper;
using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Data;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Orders;

/// <summary>
/// Turns an approved recommendation into an entry order in state <c>new</c> (the worker submits it): one combo limit order whose legs are
/// the recommendation's, opening, with its walking limit (<see cref="WalkOptions"/>): start at the recommended net (the legs' mids)
/// rounded to the cent, a debit when the net is positive and a credit when negative. Idempotent: the order of an approved recommendation
/// is returned again. Refused while the kill switch is not normal (docs/domain/execution.md#kill-switch, seed 003 Appendix F, <see cref="KillSwitchPolicy.MayAcceptEntry"/>).
/// </summary>
public sealed class OrderEntry(ServiceDatabase database, IOptions<ExecutionOptions> options, BrokerDirectory brokers, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Approves <paramref name="recommendationId"/> in its own transaction.</summary>
    /// <param name="recommendationId">The recommendation.</param>
    /// <param name="quantity">Combo units, or null for the recommended size.</param>
    /// <param name="operatorKey">True when the caller presented the operator's API key (needed for a live order).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<ApprovalOutcome> ApproveAsync(Guid recommendationId, int? quantity, bool operatorKey, CancellationToken ct)
    {
        await using var tx = await database.BeginAsync(ct);
        var outcome = await ApproveAsync(tx, recommendationId, quantity, operatorKey, "operator", ct);
        if (outcome.Created)
        {
            await tx.CommitAsync(ct);
        }

        return outcome;
    }

    /// <summary>Approves <paramref name="recommendationId"/> in <paramref name="tx"/> (the caller commits when <see cref="ApprovalOutcome.Created"/>).</summary>
    public async Task<ApprovalOutcome> ApproveAsync(OutboxTransaction tx, Guid recommendationId, int? quantity, bool operatorKey, string approvedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        // The switch row is locked first so that an approval and a kill-switch change never interleave.
        var killSwitch = await KillSwitchStore.LockAsync(tx, ct);
        var approval = await ApprovalStore.LockAsync(tx, recommendationId, ct);
        if (approval is null)
        {
            return ApprovalOutcome.Refused(StatusCodes.Status404NotFound, $"recommendation {recommendationId} is not known to execution");
        }

        if (approval.OrderId is { } existing)
        {
            return new ApprovalOutcome(existing, false, StatusCodes.Status200OK, null);
        }

        var (allowed, why) = KillSwitchPolicy.MayAcceptEntry(new KillSwitchState(OrderTexts.ParseMode(killSwitch.Mode), null, killSwitch.Reason, null));
        if (!allowed)
        {
            return ApprovalOutcome.Refused(StatusCodes.Status409Conflict, why);
        }

        var settings = options.Value;
        var units = quantity ?? approval.Contracts;
        if (units < 1 || units > settings.MaxQuantity)
        {
            return ApprovalOutcome.Refused(StatusCodes.Status400BadRequest, $"quantity {units} is outside 1..{settings.MaxQuantity}");
        }

        var mode = ExecutionMode.Of(settings);
        if (mode == ExecutionMode.Live && brokers.Live is null)
        {
            return ApprovalOutcome.Refused(StatusCodes.Status409Conflict, "live trading is enabled but no live broker is configured (Kapman:Execution:Tradier:Enabled)");
        }

        if (mode == ExecutionMode.Live && !operatorKey)
        {
            return ApprovalOutcome.Refused(StatusCodes.Status403Forbidden, "a live order needs the operator's API key in X-Api-Key");
        }

        var start = Math.Round(Math.Abs(approval.LimitPrice), 2, MidpointRounding.AwayFromZero);
        if (start <= 0m)
        {
            return ApprovalOutcome.Refused(StatusCodes.Status409Conflict, $"the recommended net price {approval.LimitPrice} rounds to zero: an even order is not walked");
        }

        var legs = JsonSerializer.Deserialize<List<ApprovedLeg>>(approval.Legs, Json) ?? [];
        var debit = approval.LimitPrice > 0m;
        var walk = settings.Walk;
        var span = walk.Step * (walk.MaxSteps - 1);
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Guid.CreateVersion7();
        var order = new OrderRow
        {
            Id = id, RecommendationId = recommendationId, Purpose = "ENTRY", GroupId = id.ToString(), RunId = approval.RunId, SessionDate = approval.SessionDate,
            Ticker = approval.Ticker, Strategy = approval.Strategy, Mode = mode, Simulated = mode != ExecutionMode.Live,
            Broker = mode == ExecutionMode.Live ? brokers.Live!.Name : PaperBroker.BrokerName, PriceType = debit ? "DEBIT" : "CREDIT", Quantity = units,
            LimitPrice = start, StartPrice = start, WorstPrice = debit ? start + span : Math.Max(0.01m, start - span), Step = walk.Step,
            StepIntervalMs = walk.StepIntervalMs, MaxDurationMs = walk.StepIntervalMs * walk.MaxSteps, State = "new", CreatedAt = now,
            Legs = legs.Select(l => new OrderLegRow(l.OccSymbol, l.Side, l.Ratio, "OPEN")).ToList(),
        };
        await OrderStore.InsertAsync(tx, order, ct);
        await ApprovalStore.ApproveAsync(tx, recommendationId, id, now, ct);
        await JournalStore.AddAsync(tx, new JournalRow(now, "ORDER", id, order.Ticker, string.Create(CultureInfo.InvariantCulture,
            $"{approvedBy} approved recommendation {recommendationId} ({order.Strategy}): {mode} order {OrderMapping.Describe(order)}, walk {order.StartPrice:0.00} to {order.WorstPrice:0.00} by {order.Step:0.00}")), ct);
        return new ApprovalOutcome(id, true, StatusCodes.Status202Accepted, null);
    }
}
