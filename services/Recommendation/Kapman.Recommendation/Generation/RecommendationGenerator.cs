using System.Globalization;
using Kapman.Contracts;
using Kapman.Recommendation.Core.Justification;
using Kapman.Recommendation.Core.Outcomes;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;
using Kapman.Recommendation.Outcomes;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Generation;

/// <summary>
/// Decides for every underlying with a stored chain and every ticker Wyckoff analysed on the session
/// (<see cref="StrategyEngine"/> from the snapshot's scores, alert, phase, events and trade signal):
/// <list type="bullet">
/// <item>with a chain: a recommendation naming contracts of the stored chain only, or "no trade" with the reason;</item>
/// <item>without a chain: a directional call on the underlying only (<see cref="UnderlyingCall"/>), stored as NO_TRADE
/// with <c>underlying_only</c> so it is scored but never tradable; a neutral verdict without a chain stores nothing
/// unless the ticker raised an alert (then "no option chain stored").</item>
/// </list>
/// Confidence is calibrated with the triggering event's past hit rate (<see cref="TriggerCalibrator"/>, outcomes
/// resolved before the session only). Justified by the configured <see cref="IJustificationWriter"/> (underlying-only
/// calls by the template). Publishes <see cref="RecommendationIssued"/> per trade and <see cref="RecommendationsGenerated"/> at the end.
/// </summary>
public sealed class RecommendationGenerator(StrategyParameters parameters, RiskLimits limits, IJustificationWriter writer)
{
    private static readonly TemplateJustificationWriter Template = new();

    /// <summary>Generates the session's decisions inside <paramref name="tx"/> and returns how many traded and how many did not.</summary>
    public async Task<(int Issued, int NoTrade)> GenerateAsync(OutboxTransaction tx, Guid runId, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        var chained = await RecommendationInputs.ChainTickersAsync(tx, session, ct);
        var snapshots = await RecommendationInputs.SnapshotsAsync(tx, session, ct);
        var calibrator = new TriggerCalibrator(await OutcomeStore.ResolvedCallsAsync(tx.Connection, tx.Transaction, session, ct), parameters.CalibrationPseudoCount);
        int issued = 0, noTrade = 0;
        foreach (var ticker in chained.Union(snapshots.Keys).Order(StringComparer.Ordinal))
        {
            var signal = snapshots.GetValueOrDefault(ticker);
            var spot = await RecommendationInputs.SpotAsync(tx, ticker, session, ct);
            var stored = chained.Contains(ticker)
                ? await WithChainAsync(tx, ticker, session, signal, spot, calibrator, ct)
                : WithoutChain(ticker, session, signal!, spot, calibrator);
            if (stored is null)
            {
                continue;
            }

            var facts = JustificationFacts.From(stored.Decision);
            var justification = await (stored.Underlying is null ? writer : Template).WriteAsync(facts, ct);
            var id = await RecommendationWriter.UpsertAsync(tx, stored, justification, ct);
            if (stored.Decision.IsTrade)
            {
                issued++;
                await tx.PublishAsync(new RecommendationIssued(runId, session, id, ticker, stored.Decision.Intent.Strategy!), ct);
            }
            else
            {
                noTrade++;
            }
        }

        await tx.PublishAsync(new RecommendationsGenerated(runId, session, issued, noTrade), ct);
        return (issued, noTrade);
    }

    private async Task<StoredDecision> WithChainAsync(
        OutboxTransaction tx, string ticker, DateOnly session, WyckoffRow? signal, double? spot, TriggerCalibrator calibrator, CancellationToken ct)
    {
        if (signal is null)
        {
            return NoTrade(ticker, session, spot ?? 0, signal, Text($"no Wyckoff snapshot: {ticker} has no bars for {session:yyyy-MM-dd}"));
        }

        if (spot is not { } price)
        {
            return NoTrade(ticker, session, 0, signal, Text($"no spot for {ticker} on {session:yyyy-MM-dd}"));
        }

        var decision = StrategyEngine.Decide(Input(signal, price), await RecommendationInputs.ChainAsync(tx, ticker, session, ct), parameters, limits);
        var (intent, rule) = Calibrate(decision.Intent, session, calibrator);
        return new StoredDecision(decision with { Intent = intent }, signal, null, rule);
    }

    private StoredDecision? WithoutChain(string ticker, DateOnly session, WyckoffRow signal, double? spot, TriggerCalibrator calibrator)
    {
        var noChain = Text($"no option chain stored for {ticker} on {session:yyyy-MM-dd}");
        if (spot is not { } price || !double.IsFinite(price) || price <= 0)
        {
            return signal.AlertKind is null ? null : NoTrade(ticker, session, 0, signal, noChain);
        }

        var (intent, rule) = Calibrate(StrategySelector.Select(Input(signal, price), parameters), session, calibrator);
        if (UnderlyingCall.From(intent, price, session, parameters) is not { } call)
        {
            return signal.AlertKind is null ? null : NoTrade(ticker, session, price, signal, noChain);
        }

        var reason = Text($"{noChain}: underlying-only {call.Direction} call on {intent.Trigger}, scored but not tradable");
        return new StoredDecision(new StrategyDecision(ticker, session, price, intent, null, reason, parameters.ModelVersion), signal, call, rule);
    }

    private static StrategyInput Input(WyckoffRow s, double spot) =>
        new(s.Ticker, s.SessionDate, spot, s.BcScore, s.SpringScore, s.AlertKind, WyckoffPhases.Parse(s.Phase), s.Events, s.TradeSignal);

    /// <summary>A directional intent with its calibrated confidence, and the rule's confidence; a neutral one unchanged.</summary>
    private static (TradeIntent Intent, double? RuleConfidence) Calibrate(TradeIntent intent, DateOnly session, TriggerCalibrator calibrator) =>
        intent.Direction == TradeDirections.Neutral
            ? (intent, null)
            : (intent with { Confidence = calibrator.Confidence(intent.Trigger, intent.Confidence, session) }, intent.Confidence);

    private StoredDecision NoTrade(string ticker, DateOnly session, double spot, WyckoffRow? signal, string reason) =>
        new(new StrategyDecision(ticker, session, spot, new TradeIntent(TradeDirections.Neutral, TradeActions.Hold, null, null, 0, reason), null, reason, parameters.ModelVersion),
            signal, null, null);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
