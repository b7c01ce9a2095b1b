using System.Text.Json;
using Dapper;
using Kapman.MarketData;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decisions;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Data;

/// <summary>
/// Stores an accepted candidate as a recommendation of source <see cref="GateDecision.Source"/>, upserted on (ticker, session, source):
/// status ISSUED, strategy and structure the structure code in capitals, direction NEUTRAL, action SELL (a credit structure; BUY for the debit butterfly), one
/// contract, confidence = POP, net premium = −credit after slippage ($ per share, a credit is negative as for every plan), max profit
/// and max loss from EV_net ($ per structure), the legs at their mids, the first leg in the single-contract columns.
/// </summary>
public static class DecisionRecommendationWriter
{
    /// <summary>Model version written to the row.</summary>
    public const string ModelVersion = "decision-core/1";

    /// <summary>Writer name written to the row (the justification is the trail's summary, no model is asked).</summary>
    public const string Writer = "decision-core";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Upserts the recommendation of accepted <paramref name="decision"/> and returns its id.</summary>
    /// <exception cref="ArgumentException">The decision was not accepted.</exception>
    public static Task<Guid> UpsertAsync(OutboxTransaction tx, GateDecision decision, string justification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(decision);
        if (!decision.Result.Accepted || decision.Result.Candidate is not { } candidate || decision.Result.Ev is not { } ev)
        {
            throw new ArgumentException("Only an accepted candidate becomes a recommendation.", nameof(decision));
        }

        var first = candidate.Legs[0];
        var code = candidate.Structure.Code().ToUpperInvariant();
        var legs = candidate.Legs.Select(l => new LegDto(
            l.Quote.OccSymbol, l.IsShort ? "SELL" : "BUY", l.Quote.Right == OptionRight.Call ? "call" : "put", l.Quote.Expiration, l.Quote.Strike,
            l.Quote.Mid ?? 0d, l.Quote.Bid, l.Quote.Ask, l.Delta, l.Quote.OpenInterest, Math.Abs(l.Quantity) > 1 ? Math.Abs(l.Quantity) : null));
        return tx.Connection.QuerySingleAsync<Guid>(new CommandDefinition(
            """
            INSERT INTO recommendations (id, ticker, session_date, status, strategy, direction, occ_symbol, expiration, strike, option_right, delta,
                bid, ask, dte, spot, confidence, justification, writer, model_version, action, structure, legs, net_premium, max_profit, max_loss,
                contracts, source)
            VALUES (@id, @ticker, @session, 'ISSUED', @code, 'NEUTRAL', @occ, @expiration, @strike, @right, @delta,
                @bid, @ask, @dte, @spot, @pop, @justification, @writer, @model, @action, @code, CAST(@legs AS jsonb), @net, @maxProfit, @maxLoss,
                1, @source)
            ON CONFLICT (ticker, session_date, source) DO UPDATE
            SET status = EXCLUDED.status, strategy = EXCLUDED.strategy, direction = EXCLUDED.direction, occ_symbol = EXCLUDED.occ_symbol,
                expiration = EXCLUDED.expiration, strike = EXCLUDED.strike, option_right = EXCLUDED.option_right, delta = EXCLUDED.delta,
                bid = EXCLUDED.bid, ask = EXCLUDED.ask, dte = EXCLUDED.dte, spot = EXCLUDED.spot, confidence = EXCLUDED.confidence,
                justification = EXCLUDED.justification, writer = EXCLUDED.writer, model_version = EXCLUDED.model_version, action = EXCLUDED.action,
                structure = EXCLUDED.structure, legs = EXCLUDED.legs, net_premium = EXCLUDED.net_premium, max_profit = EXCLUDED.max_profit,
                max_loss = EXCLUDED.max_loss, contracts = EXCLUDED.contracts, updated_at = now()
            RETURNING id
            """,
            new
            {
                id = Guid.CreateVersion7(), ticker = decision.Ticker, session = decision.Session, code, occ = first.Quote.OccSymbol,
                expiration = candidate.Expiration, strike = first.Quote.Strike, right = first.Quote.Right == OptionRight.Call ? "call" : "put",
                delta = first.Delta, bid = first.Quote.Bid, ask = first.Quote.Ask, dte = MarketClock.DaysToExpiry(decision.DecidedAt, candidate.Expiration),
                spot = candidate.Spot, pop = ev.Pop, justification, writer = Writer, model = ModelVersion,
                legs = JsonSerializer.Serialize(legs, Json), net = -ev.CreditAfterSlippage, maxProfit = ev.MaxProfitUsd, maxLoss = ev.MaxLossUsd,
                source = decision.Source, action = ev.CreditAfterSlippage >= 0 ? "SELL" : "BUY",
            },
            tx.Transaction, cancellationToken: ct));
    }
}
