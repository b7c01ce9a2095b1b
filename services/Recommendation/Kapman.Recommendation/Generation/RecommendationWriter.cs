using Dapper;
using Kapman.Recommendation.Core;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Generation;

/// <summary>Upserts a decision on (ticker, session): a rerun updates the same row and keeps its id.</summary>
public static class RecommendationWriter
{
    /// <summary>Which justification writer produced the text (the LLM writers arrive in a later issue).</summary>
    public const string TemplateWriter = "template";

    /// <summary>Stores the decision and returns the recommendation's id.</summary>
    public static Task<Guid> UpsertAsync(OutboxTransaction tx, RecommendationDecision d, SignalInput? signal, double? spot, CancellationToken ct) =>
        tx.Connection.QuerySingleAsync<Guid>(new CommandDefinition(
            """
            INSERT INTO recommendations (id, ticker, session_date, status, strategy, direction, occ_symbol, expiration, strike, option_right, delta,
                                         bid, ask, dte, spot, bc_score, spring_score, confidence, justification, writer, no_trade_reason, model_version)
            VALUES (@id, @Ticker, @SessionDate, @status, @Strategy, @Direction, @occSymbol, @expiration, @strike, @right, @delta,
                    @bid, @ask, @Dte, @spot, @bc, @spring, @Confidence, @Justification, @writer, @NoTradeReason, @ModelVersion)
            ON CONFLICT (ticker, session_date) DO UPDATE
            SET status = EXCLUDED.status, strategy = EXCLUDED.strategy, direction = EXCLUDED.direction, occ_symbol = EXCLUDED.occ_symbol,
                expiration = EXCLUDED.expiration, strike = EXCLUDED.strike, option_right = EXCLUDED.option_right, delta = EXCLUDED.delta,
                bid = EXCLUDED.bid, ask = EXCLUDED.ask, dte = EXCLUDED.dte, spot = EXCLUDED.spot, bc_score = EXCLUDED.bc_score,
                spring_score = EXCLUDED.spring_score, confidence = EXCLUDED.confidence, justification = EXCLUDED.justification,
                writer = EXCLUDED.writer, no_trade_reason = EXCLUDED.no_trade_reason, model_version = EXCLUDED.model_version, updated_at = now()
            RETURNING id
            """,
            new
            {
                id = Guid.CreateVersion7(), d.Ticker, d.SessionDate, status = d.IsTrade ? "ISSUED" : "NO_TRADE", d.Strategy, d.Direction,
                occSymbol = d.Contract?.OccSymbol, expiration = d.Contract?.Expiration, strike = d.Contract?.Strike,
                right = d.Contract is { } c ? (c.Right == Kapman.Options.Core.OptionRight.Call ? "call" : "put") : null,
                delta = d.Contract?.Delta, bid = d.Contract?.Bid, ask = d.Contract?.Ask, d.Dte, spot,
                bc = signal?.BcScore, spring = signal?.SpringScore, d.Confidence, d.Justification, writer = TemplateWriter, d.NoTradeReason, d.ModelVersion,
            },
            tx.Transaction, cancellationToken: ct));
}
