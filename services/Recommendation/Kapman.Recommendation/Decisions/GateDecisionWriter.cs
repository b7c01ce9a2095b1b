using System.Globalization;
using Kapman.Contracts;
using Kapman.MarketData;
using Kapman.Recommendation.Data;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Structures;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Decisions;

/// <summary>
/// Stores a session's candidates in the caller's transaction: the session's earlier candidates are replaced; each accepted one
/// becomes a recommendation (<see cref="DecisionRecommendationWriter"/>) and queues <see cref="RecommendationIssued"/> (version 2:
/// its legs at their mids, the net limit −credit after slippage, one contract), which hands it to the execution service (stage H).
/// </summary>
public static class GateDecisionWriter
{
    /// <summary>Stores <paramref name="decisions"/>; returns how many were accepted.</summary>
    public static async Task<int> WriteAsync(OutboxTransaction tx, Guid runId, DateOnly session, IReadOnlyList<GateDecision> decisions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(decisions);
        var earlier = await DecisionStore.ClearSessionAsync(tx, session, ct);
        var accepted = 0;
        foreach (var decision in decisions)
        {
            Guid? id = null;
            if (decision.Result is { Accepted: true, Candidate: { } candidate, Ev: { } ev })
            {
                accepted++;
                id = await DecisionRecommendationWriter.UpsertAsync(tx, decision, Justification(decision), ct);
                var legs = candidate.Legs.Select(l => new RecommendedLeg(
                    l.Quote.OccSymbol, l.IsShort ? "SELL" : "BUY", Math.Abs(l.Quantity), l.Quote.Mid ?? 0d, l.Quote.Expiration, l.Quote.Strike,
                    l.Quote.Right == OptionRight.Call ? "call" : "put")).ToList();
                await tx.PublishAsync(new RecommendationIssued(
                    runId, session, id.Value, decision.Ticker, candidate.Structure.Code().ToUpperInvariant(), legs, -ev.CreditAfterSlippage, 1,
                    candidate.Expiration, MarketClock.DaysToExpiry(decision.DecidedAt, candidate.Expiration)), ct);
            }

            var decisionId = earlier.TryGetValue((decision.Ticker, decision.Structure.Code()), out var kept) ? kept : Guid.CreateVersion7();
            await DecisionStore.InsertAsync(tx, decisionId, decision, id, ct);
        }

        return accepted;
    }

    /// <summary>The recommendation's text: the accepted trail's figures, from the stored chain.</summary>
    public static string Justification(GateDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var ev = decision.Result.Ev!;
        return string.Create(CultureInfo.InvariantCulture,
            $"Decision core: every gate A-H passed on the stored chain of {decision.Session:yyyy-MM-dd}. {decision.Structure.Code()} expiring {decision.Result.Candidate!.Expiration:yyyy-MM-dd}: {(ev.CreditAfterSlippage >= 0 ? "credit" : "debit")} after slippage {Math.Abs(ev.CreditAfterSlippage):0.00} $/share, POP {ev.Pop:P1}, EV_net {ev.Value:0.00} $ per structure (max profit {ev.MaxProfitUsd:0.00}, max loss {ev.MaxLossUsd:0.00}, friction {ev.FrictionUsd:0.00}). See the gate trail.");
    }
}
