using System.Globalization;
using Kapman.Contracts;
using Kapman.Recommendation.Core.Calibration;
using Kapman.Recommendation.Core.Justification;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;
using Kapman.Recommendation.Data;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Recommendation.Application;

/// <summary>
/// Decides for every underlying with a stored chain and every ticker Wyckoff analysed on the session
/// (<see cref="StrategyEngine"/> from the snapshot's scores, alert, phase, events and trade signal):
/// <list type="bullet">
/// <item>with a chain: a recommendation naming contracts of the stored chain only, or "no trade" with the reason;</item>
/// <item>without a chain: a directional call on the underlying only (<see cref="UnderlyingCall"/>), stored as NO_TRADE
/// with <c>underlying_only</c> so it is scored but never tradable; a neutral verdict without a chain stores nothing
/// unless the ticker raised an alert (then "no option chain stored").</item>
/// </list>
/// Confidence is the walk-forward calibrated probability of the call's signal (trigger, else direction) under the session's
/// parameter set (<see cref="CalibrationService"/>: fitted on outcomes resolved before the session only); where the set says the
/// signal has no edge, the confidence is its base rate and the row is marked <c>no_edge</c>. Justified by the configured <see cref="IJustificationWriter"/> (underlying-only
/// calls by the template) in <see cref="DecideAsync"/>, which runs outside any transaction because a model call is slow;
/// <see cref="WriteAsync"/> then stores the decisions and publishes <see cref="RecommendationIssued"/> per trade and
/// <see cref="RecommendationsGenerated"/> at the end in the caller's transaction.
/// </summary>
public sealed class RecommendationGenerator(
    StrategyParameters parameters, RiskLimits limits, IJustificationWriter writer, RecommendationInputs inputs, CalibrationService? calibration = null)
{
    private readonly CalibrationService calibration = calibration ?? new CalibrationService(CalibrationSettings.Default, TimeProvider.System);

    private static readonly TemplateJustificationWriter Template = new();

    /// <summary>How long the model may spend on one session's justifications; past it the rest get the template.</summary>
    public static readonly TimeSpan JustificationBudget = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Reads the session's inputs (<see cref="RecommendationInputs"/>, the other services' read contracts) and the session's
    /// calibration parameter set on <paramref name="connection"/> (no transaction needed; the set is fitted from the service's
    /// resolved outcomes and stored first when the week has none yet, see <see cref="CalibrationService"/>), decides for every ticker and
    /// writes each justification, asking the configured model for chain-bearing tickers. Run it with no transaction open:
    /// a model call takes up to its timeout, and within <see cref="JustificationBudget"/> for the whole session.
    /// </summary>
    public async Task<IReadOnlyList<JustifiedDecision>> DecideAsync(NpgsqlConnection connection, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var chained = await inputs.ChainTickersAsync(session, ct);
        var snapshots = await inputs.SnapshotsAsync(session, ct);
        var calibrator = await calibration.ForSessionAsync(connection, session, ct);
        var spots = await inputs.SpotsAsync(session, ct);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(JustificationBudget);
        var decisions = new List<JustifiedDecision>();
        foreach (var ticker in chained.Union(snapshots.Keys).Order(StringComparer.Ordinal))
        {
            var signal = snapshots.GetValueOrDefault(ticker);
            double? spot = spots.TryGetValue(ticker, out var price) ? price : null;
            var stored = chained.Contains(ticker)
                ? await WithChainAsync(ticker, session, signal, spot, calibrator, ct)
                : WithoutChain(ticker, session, signal!, spot, calibrator);
            if (stored is not null)
            {
                decisions.Add(new JustifiedDecision(stored, await JustifyAsync(stored, budget.Token, ct)));
            }
        }

        return decisions;
    }

    /// <summary>Every underlying with a stored chain on the session (the options read contract).</summary>
    public Task<IReadOnlySet<string>> ChainTickersAsync(DateOnly session, CancellationToken ct) => inputs.ChainTickersAsync(session, ct);

    /// <summary>
    /// Stores <paramref name="decisions"/> in <paramref name="tx"/> (one upsert per ticker and session) and queues
    /// <see cref="RecommendationIssued"/> per trade and <see cref="RecommendationsGenerated"/>; returns how many traded and how many did not.
    /// </summary>
    public static async Task<(int Issued, int NoTrade)> WriteAsync(
        OutboxTransaction tx, Guid runId, DateOnly session, IReadOnlyList<JustifiedDecision> decisions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(decisions);
        int issued = 0, noTrade = 0;
        var lines = new List<RecommendationLine>(decisions.Count);
        foreach (var (stored, justification) in decisions)
        {
            lines.Add(RecommendationWriter.Line(stored));
            var id = await RecommendationWriter.UpsertAsync(tx, stored, justification, ct);
            if (stored.Decision.IsTrade)
            {
                issued++;
                await tx.PublishAsync(Issued(runId, session, id, stored.Decision), ct);
            }
            else
            {
                noTrade++;
            }
        }

        await tx.PublishAsync(new RecommendationsGenerated(runId, session, issued, noTrade, lines), ct);
        return (issued, noTrade);
    }

    /// <summary>
    /// The <see cref="RecommendationIssued"/> (version 2) of a trade: its legs with their mids, the plan's net premium as the net limit
    /// ($ per share, + debit, − credit), the suggested contracts, expiry and DTE, so that execution can build the order from the event.
    /// </summary>
    private static RecommendationIssued Issued(Guid runId, DateOnly session, Guid id, StrategyDecision decision)
    {
        var plan = decision.Plan!;
        var legs = plan.Legs.Select(l => new RecommendedLeg(
            l.Contract.OccSymbol, l.Side == LegSide.Buy ? "BUY" : "SELL", 1, l.Price, l.Contract.Expiration, l.Contract.Strike,
            l.Contract.Right.ToString().ToLowerInvariant())).ToList();
        return new RecommendationIssued(runId, session, id, decision.Ticker, decision.Intent.Strategy!, legs, plan.NetPremium, plan.Contracts, plan.Expiration, plan.Dte);
    }

    /// <summary>The model's justification within the session's budget; the template once the budget is spent and for underlying-only calls.</summary>
    private async Task<JustificationResult> JustifyAsync(StoredDecision stored, CancellationToken budget, CancellationToken ct)
    {
        var facts = JustificationFacts.From(stored.Decision);
        if (stored.Underlying is not null || budget.IsCancellationRequested)
        {
            return await Template.WriteAsync(facts, ct);
        }

        try
        {
            return await writer.WriteAsync(facts, budget);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return await Template.WriteAsync(facts, ct);
        }
    }

    private async Task<StoredDecision> WithChainAsync(
        string ticker, DateOnly session, WyckoffRow? signal, double? spot, CalibrationModel calibrator, CancellationToken ct)
    {
        if (signal is null)
        {
            return NoTrade(ticker, session, spot ?? 0, signal, Text($"no Wyckoff snapshot: {ticker} has no bars for {session:yyyy-MM-dd}"));
        }

        if (spot is not { } price)
        {
            return NoTrade(ticker, session, 0, signal, Text($"no spot for {ticker} on {session:yyyy-MM-dd}"));
        }

        var decision = StrategyEngine.Decide(Input(signal, price), await inputs.ChainAsync(ticker, session, ct), parameters, limits);
        var (intent, rule, calibrated) = Calibrate(decision.Intent, calibrator);
        return new StoredDecision(decision with { Intent = intent }, signal, null, rule, calibrated);
    }

    private StoredDecision? WithoutChain(string ticker, DateOnly session, WyckoffRow signal, double? spot, CalibrationModel calibrator)
    {
        var noChain = Text($"no option chain stored for {ticker} on {session:yyyy-MM-dd}");
        if (spot is not { } price || !double.IsFinite(price) || price <= 0)
        {
            return signal.AlertKind is null ? null : NoTrade(ticker, session, 0, signal, noChain);
        }

        var (intent, rule, calibrated) = Calibrate(StrategySelector.Select(Input(signal, price), parameters), calibrator);
        if (UnderlyingCall.From(intent, price, session, parameters) is not { } call)
        {
            return signal.AlertKind is null ? null : NoTrade(ticker, session, price, signal, noChain);
        }

        var reason = Text($"{noChain}: underlying-only {call.Direction} call on {intent.Trigger}, scored but not tradable");
        return new StoredDecision(new StrategyDecision(ticker, session, price, intent, null, reason, parameters.ModelVersion), signal, call, rule, calibrated);
    }

    private static StrategyInput Input(WyckoffRow s, double spot) =>
        new(s.Ticker, s.SessionDate, spot, s.BcScore, s.SpringScore, s.AlertKind, WyckoffPhases.Parse(s.Phase), s.Events, s.TradeSignal);

    /// <summary>
    /// A directional intent with its calibrated confidence (signal = trigger, else direction, as the calibration evidence is
    /// labelled), the rule's confidence and the calibration used; a neutral one unchanged.
    /// </summary>
    private static (TradeIntent Intent, double? RuleConfidence, CalibrationUsed? Calibration) Calibrate(TradeIntent intent, CalibrationModel model)
    {
        if (intent.Direction == TradeDirections.Neutral)
        {
            return (intent, null, null);
        }

        var signal = intent.Trigger ?? intent.Direction;
        return (intent with { Confidence = model.Probability(signal, intent.Confidence) }, intent.Confidence, new CalibrationUsed(model.Version, !model.HasEdge(signal)));
    }

    private StoredDecision NoTrade(string ticker, DateOnly session, double spot, WyckoffRow? signal, string reason) =>
        new(new StrategyDecision(ticker, session, spot, new TradeIntent(TradeDirections.Neutral, TradeActions.Hold, null, null, 0, reason), null, reason, parameters.ModelVersion),
            signal, null, null);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
