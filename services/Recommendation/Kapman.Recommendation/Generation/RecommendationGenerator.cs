using Kapman.Contracts;
using Kapman.Recommendation.Core.Justification;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Generation;

/// <summary>
/// Decides for every ticker with a stored chain or an alert (<see cref="StrategyEngine"/>): a recommendation naming
/// contracts of the stored chain only, or "no trade" with the reason; justified by the configured
/// <see cref="IJustificationWriter"/>. Publishes <see cref="RecommendationIssued"/> per trade and
/// <see cref="RecommendationsGenerated"/> at the end.
/// </summary>
public sealed class RecommendationGenerator(StrategyParameters parameters, RiskLimits limits, IJustificationWriter writer)
{
    /// <summary>Generates the session's decisions inside <paramref name="tx"/> and returns how many traded and how many did not.</summary>
    public async Task<(int Issued, int NoTrade)> GenerateAsync(OutboxTransaction tx, Guid runId, DateOnly session, CancellationToken ct)
    {
        int issued = 0, noTrade = 0;
        foreach (var ticker in await RecommendationInputs.TickersAsync(tx, session, ct))
        {
            var signal = await RecommendationInputs.SignalAsync(tx, ticker, session, ct);
            var spot = await RecommendationInputs.SpotAsync(tx, ticker, session, ct);
            var decision = (signal, spot) switch
            {
                (null, _) => NoTrade(ticker, session, spot ?? 0, $"no Wyckoff snapshot: {ticker} has no bars for {session:yyyy-MM-dd}"),
                (_, null) => NoTrade(ticker, session, 0, $"no option chain stored for {ticker} on {session:yyyy-MM-dd}"),
                ({ } s, { } price) => StrategyEngine.Decide(
                    new StrategyInput(ticker, session, price, s.BcScore, s.SpringScore, s.AlertKind, WyckoffPhases.Parse(s.Phase), []),
                    await RecommendationInputs.ChainAsync(tx, ticker, session, ct), parameters, limits),
            };

            var justification = await writer.WriteAsync(JustificationFacts.From(decision), ct);
            var id = await RecommendationWriter.UpsertAsync(tx, decision, signal, justification, ct);
            if (decision.IsTrade)
            {
                issued++;
                await tx.PublishAsync(new RecommendationIssued(runId, session, id, ticker, decision.Intent.Strategy!), ct);
            }
            else
            {
                noTrade++;
            }
        }

        await tx.PublishAsync(new RecommendationsGenerated(runId, session, issued, noTrade), ct);
        return (issued, noTrade);
    }

    private StrategyDecision NoTrade(string ticker, DateOnly session, double spot, string reason) =>
        new(ticker, session, spot, new TradeIntent(TradeDirections.Neutral, TradeActions.Hold, null, null, 0, reason), null, reason, parameters.ModelVersion);
}
