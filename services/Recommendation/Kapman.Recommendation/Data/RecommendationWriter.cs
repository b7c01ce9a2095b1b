using System.Text.Json;
using Dapper;
using Kapman.Contracts;
using Kapman.MarketData;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Data;

/// <summary>
/// Upserts a decision on (ticker, session): a rerun updates the same row and keeps its id. The first leg (the
/// bought leg, or a CSP's sold put) also fills the single-contract columns; all legs go to <c>legs</c> (JSON).
/// An underlying-only call is a NO_TRADE row with <c>underlying_only</c>, its confidence, underlying entry / stop /
/// target and <c>window_end</c>; a plain no-trade stores confidence 0. A directional call stores the calibration parameter set its
/// confidence came from (<c>calibration_version</c>) and <c>no_edge</c> when its signal showed none there.
/// </summary>
public static class RecommendationWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores the decision with its justification and returns the recommendation's id.</summary>
    public static Task<Guid> UpsertAsync(OutboxTransaction tx, StoredDecision stored, JustificationResult j, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(j);
        var (d, signal, call, rule, calibration) = stored;
        var p = d.Plan;
        var first = p?.Legs[0].Contract;
        var line = Line(stored);
        var legs = p is null ? null : JsonSerializer.Serialize(p.Legs.Select(LegDto.From), Json);
        // Only a row that stores its confidence (a trade or an underlying-only call) names the calibration behind it.
        var scored = p is not null || call is not null;
        return tx.Connection.QuerySingleAsync<Guid>(new CommandDefinition(
            """
            INSERT INTO recommendations (id, ticker, session_date, status, strategy, direction, occ_symbol, expiration, strike, option_right, delta,
                bid, ask, dte, spot, bc_score, spring_score, confidence, justification, writer, no_trade_reason, model_version,
                action, structure, phase, signal, legs, net_premium, underlying_entry, underlying_stop, underlying_target, option_entry, option_stop,
                option_target, max_profit, max_loss, breakeven, reward_to_risk, contracts, justification_model, justification_prompt, justification_fallback,
                trigger, trade_signal, events, rule_confidence, underlying_only, window_end, calibration_version, no_edge)
            VALUES (@id, @Ticker, @SessionDate, @status, @strategy, @direction, @occSymbol, @expiration, @strike, @right, @delta,
                @bid, @ask, @dte, @spot, @bc, @spring, @confidence, @text, @writer, @NoTradeReason, @ModelVersion,
                @action, @structure, @phase, @signalKind, CAST(@legs AS jsonb), @net, @uEntry, @uStop, @uTarget, @oEntry, @oStop,
                @oTarget, @maxProfit, @maxLoss, @breakeven, @rr, @contracts, @jModel, @jPrompt, @jFallback,
                @trigger, @tradeSignal, @events, @rule, @underlyingOnly, @windowEnd, @calibrationVersion, @noEdge)
            ON CONFLICT (ticker, session_date, source) DO UPDATE
            SET status = EXCLUDED.status, strategy = EXCLUDED.strategy, direction = EXCLUDED.direction, occ_symbol = EXCLUDED.occ_symbol,
                expiration = EXCLUDED.expiration, strike = EXCLUDED.strike, option_right = EXCLUDED.option_right, delta = EXCLUDED.delta,
                bid = EXCLUDED.bid, ask = EXCLUDED.ask, dte = EXCLUDED.dte, spot = EXCLUDED.spot, bc_score = EXCLUDED.bc_score,
                spring_score = EXCLUDED.spring_score, confidence = EXCLUDED.confidence, justification = EXCLUDED.justification,
                writer = EXCLUDED.writer, no_trade_reason = EXCLUDED.no_trade_reason, model_version = EXCLUDED.model_version,
                action = EXCLUDED.action, structure = EXCLUDED.structure, phase = EXCLUDED.phase, signal = EXCLUDED.signal, legs = EXCLUDED.legs,
                net_premium = EXCLUDED.net_premium, underlying_entry = EXCLUDED.underlying_entry, underlying_stop = EXCLUDED.underlying_stop,
                underlying_target = EXCLUDED.underlying_target, option_entry = EXCLUDED.option_entry, option_stop = EXCLUDED.option_stop,
                option_target = EXCLUDED.option_target, max_profit = EXCLUDED.max_profit, max_loss = EXCLUDED.max_loss,
                breakeven = EXCLUDED.breakeven, reward_to_risk = EXCLUDED.reward_to_risk, contracts = EXCLUDED.contracts,
                justification_model = EXCLUDED.justification_model, justification_prompt = EXCLUDED.justification_prompt,
                justification_fallback = EXCLUDED.justification_fallback, trigger = EXCLUDED.trigger, trade_signal = EXCLUDED.trade_signal,
                events = EXCLUDED.events, rule_confidence = EXCLUDED.rule_confidence, underlying_only = EXCLUDED.underlying_only,
                window_end = EXCLUDED.window_end, calibration_version = EXCLUDED.calibration_version, no_edge = EXCLUDED.no_edge, updated_at = now()
            RETURNING id
            """,
            new
            {
                id = Guid.CreateVersion7(), d.Ticker, d.SessionDate, status = line.Status,
                strategy = line.Strategy, direction = line.Direction,
                occSymbol = line.OccSymbol, expiration = first?.Expiration, strike = first?.Strike,
                right = first is null ? null : first.Right == OptionRight.Call ? "call" : "put",
                delta = first?.Delta, bid = first?.Bid, ask = first?.Ask, dte = p?.Dte, spot = d.Spot > 0 ? d.Spot : (double?)null,
                bc = signal?.BcScore, spring = signal?.SpringScore, confidence = line.Confidence, text = j.Text, writer = j.Writer,
                d.NoTradeReason, d.ModelVersion, action = line.Action, structure = p is null ? null : d.Intent.Structure,
                phase = signal?.Phase, signalKind = signal?.AlertKind, legs, net = p?.NetPremium, uEntry = p?.UnderlyingEntry ?? call?.Entry, uStop = p?.UnderlyingStop ?? call?.Stop,
                uTarget = p?.UnderlyingTarget ?? call?.Target, oEntry = p?.OptionEntry, oStop = p?.OptionStop, oTarget = p?.OptionTarget, maxProfit = p?.MaxProfitPerContract,
                maxLoss = p?.MaxLossPerContract, breakeven = p?.Breakeven, rr = p?.RewardToRisk, contracts = p?.Contracts,
                jModel = j.ModelVersion, jPrompt = j.Prompt, jFallback = j.FallbackReason,
                trigger = d.Intent.Trigger, tradeSignal = signal?.TradeSignal, events = signal?.Events, rule, underlyingOnly = call is not null,
                windowEnd = call?.WindowEnd, calibrationVersion = scored ? calibration?.Version : null, noEdge = scored && (calibration?.NoEdge ?? false),
            },
            tx.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// The columns of <paramref name="stored"/>'s row that <see cref="RecommendationsGenerated"/> carries, computed once here so the
    /// event says exactly what the row stores.
    /// </summary>
    public static RecommendationLine Line(StoredDecision stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var (d, _, call, _, calibration) = stored;
        var p = d.Plan;
        var confident = p is not null || call is not null;
        return new RecommendationLine(
            d.Ticker, d.IsTrade ? "ISSUED" : "NO_TRADE", p is null ? null : d.Intent.Strategy, d.Intent.Direction, d.Intent.Action,
            p?.Legs[0].Contract.OccSymbol, confident ? d.Intent.Confidence : 0, d.NoTradeReason, confident && calibration is { NoEdge: true });
    }
}
