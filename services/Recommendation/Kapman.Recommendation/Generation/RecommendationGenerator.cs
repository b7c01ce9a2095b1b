using Kapman.Contracts;
using Kapman.Recommendation.Core;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Generation;

/// <summary>
/// Decides for every ticker with a stored chain or an alert: a recommendation naming a contract of the stored
/// chain, or "no trade" with the reason. Publishes <see cref="RecommendationIssued"/> per trade and
/// <see cref="RecommendationsGenerated"/> at the end.
/// </summary>
public sealed class RecommendationGenerator(RecommendationParameters parameters)
{
    /// <summary>Generates the session's decisions inside <paramref name="tx"/> and returns how many traded.</summary>
    public async Task<(int Issued, int NoTrade)> GenerateAsync(OutboxTransaction tx, Guid runId, DateOnly session, CancellationToken ct)
    {
        int issued = 0, noTrade = 0;
        foreach (var ticker in await RecommendationInputs.TickersAsync(tx, session, ct))
        {
            var signal = await RecommendationInputs.SignalAsync(tx, ticker, session, ct);
            var spot = await RecommendationInputs.SpotAsync(tx, ticker, session, ct);
            var decision = (signal, spot) switch
            {
                (null, _) => NoTrade(ticker, session, $"no Wyckoff snapshot: {ticker} has no bars for {session:yyyy-MM-dd}"),
                (_, null) => NoTrade(ticker, session, $"no option chain stored for {ticker} on {session:yyyy-MM-dd}"),
                ({ } s, { } price) => RecommendationEngine.Decide(s, price, await RecommendationInputs.ChainAsync(tx, ticker, session, ct), parameters),
            };

            var id = await RecommendationWriter.UpsertAsync(tx, decision, signal, spot, ct);
            if (decision.IsTrade)
            {
                issued++;
                await tx.PublishAsync(new RecommendationIssued(runId, session, id, ticker, decision.Strategy!), ct);
            }
            else
            {
                noTrade++;
            }
        }

        await tx.PublishAsync(new RecommendationsGenerated(runId, session, issued, noTrade), ct);
        return (issued, noTrade);
    }

    private RecommendationDecision NoTrade(string ticker, DateOnly session, string reason) =>
        new(ticker, session, false, null, null, null, null, 0, "No trade: " + reason + ".", reason, parameters.ModelVersion);
}
