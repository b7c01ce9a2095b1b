using Kapman.MarketData;
using Kapman.Wyckoff.Core.Features;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// Scores one ticker's session with the Wyckoff BC score (docs/domain/wyckoff-scores.md#bc-score, seed 000 §11.2), Spring score (§11.3), events SC, AR, ST, SPRING, TEST, SOS, SOW and BC
/// (§5.2) and decision rules (§11.4). Every signal is 0 or its maximum, judged on the last bar of
/// the history (the Spring break may lie up to 2 bars earlier, and is measured against the support of the
/// trading range the event detector has open: see <see cref="SupportBreakRule"/>). Pure: the same input gives the same output.
/// </summary>
public static class WyckoffAnalyzer
{
    /// <summary>Analyses the last bar of <paramref name="history"/>.</summary>
    /// <param name="ticker">Ticker symbol, not blank.</param>
    /// <param name="history">Daily bars in strictly ascending date order, positive prices, high ≥ low,
    /// volume ≥ 0; the last bar is the session. With fewer than <see cref="WyckoffParameters.MinimumBars"/>
    /// (21) bars every signal scores 0 with the reason "insufficient history: N bars (&lt; 21)" and no event
    /// is reported. The SC/BC events need 25 bars (SMA20 five bars back).</param>
    /// <param name="parameters">Thresholds; usually <see cref="WyckoffParameters.Default"/>.</param>
    /// <param name="market">The market for the checklist's relative-strength test and the relative-strength feature (SPY, or an
    /// equal-weighted universe); null when there is none: that test then fails with the reason and the feature is null.</param>
    /// <param name="dealer">The dealer context of the session's option chain (<see cref="SignalFeatures.Dealer"/>); null where the
    /// session has no chain.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="market"/> and <paramref name="dealer"/> is null.</exception>
    /// <exception cref="ArgumentException">The ticker is blank, the history is empty, unsorted or holds an
    /// invalid bar, the parameters need more history than <see cref="WyckoffParameters.MinimumBars"/>, or the dealer
    /// context is of another ticker or session.</exception>
    public static WyckoffSnapshot Analyze(
        string ticker, IReadOnlyList<Bar> history, WyckoffParameters parameters, MarketSeries? market = null, DealerContext? dealer = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(parameters);
        Validate(history, parameters);

        var session = history[^1].Date;
        if (dealer is not null && (dealer.Ticker != ticker || dealer.SessionDate != session))
        {
            throw new ArgumentException(
                $"The dealer context is of {dealer.Ticker} {Text.Date(dealer.SessionDate)}, not {ticker} {Text.Date(session)}.", nameof(dealer));
        }

        if (history.Count < parameters.MinimumBars)
        {
            return Insufficient(ticker, session, history, parameters, market);
        }

        return AnalyzeSeries(ticker, new BarSeries(history, parameters), parameters, market, dealer);
    }

    /// <summary>
    /// Analyses the last bar of <paramref name="series"/> (a validated history of at least <see cref="WyckoffParameters.MinimumBars"/>
    /// bars): the body of <see cref="Analyze"/>, shared with the
    /// history path (<see cref="WyckoffSeriesAnalyzer"/>), which cuts its series from a longer one (and passes the dealer contexts
    /// the service stored for its sessions).
    /// </summary>
    internal static WyckoffSnapshot AnalyzeSeries(
        string ticker, BarSeries series, WyckoffParameters parameters, MarketSeries? market, DealerContext? dealer = null)
    {
        var session = series.Session.Date;
        var bc = WyckoffScore.Of(
        [
            ParabolicPriceRule.Evaluate(series, parameters),
            VolumeExplosionRule.Evaluate(series, parameters),
            WideRangeBarsRule.Evaluate(series, parameters),
            OverboughtRule.Evaluate(series, parameters),
            VolumeDivergenceRule.Evaluate(series, parameters),
            BehaviorAtHighsRule.Evaluate(series, parameters),
            SentimentExtremeRule.Evaluate(parameters),
        ]);
        var timeline = EventDetector.Timeline(series, parameters, out var range);
        var springBreak = SupportBreakRule.Find(series, range, parameters, out var absent);
        var recovery = QuickRecoveryRule.Evaluate(springBreak, absent, series, parameters);
        var spring = WyckoffScore.Of(
        [
            SupportBreakRule.Evaluate(springBreak, absent, series, parameters),
            recovery,
            LowVolumeRule.Evaluate(springBreak, absent, series, parameters),
            BullishCloseRule.Evaluate(springBreak, absent, series, parameters),
        ]);
        var gate = SpringEntryGate.Open(recovery, timeline, series.Last, parameters);
        var events = timeline.Where(e => e.BarIndex == series.Last).ToArray();
        return new WyckoffSnapshot(
            ticker,
            session,
            bc,
            spring,
            events,
            DecisionRules.Signal(bc.Total, spring.Total, gate, parameters),
            DecisionRules.AlertKind(bc.Total, spring.Total, gate, parameters),
            parameters.ModelVersion,
            PhaseClassifier.Classify(series, timeline, range, parameters),
            TradeSignalRules.Signal(bc.Total, spring.Total, gate, timeline, series.Last, parameters),
            ChecklistEvaluator.Evaluate(series, timeline, market, parameters),
            WyckoffSnapshot.Composite(bc, spring),
            EventAlertRules.Kinds(timeline, series.Last, parameters.SignalWindowBars),
            SignalFeatureCalculator.Measure(series, market, dealer, parameters));
    }

    /// <summary>
    /// Every event of <paramref name="history"/>, in bar order, each on the bar where it became known
    /// (see <see cref="EventDetector"/>); the same events a snapshot of each session reports.
    /// </summary>
    /// <param name="history">As for <see cref="Analyze"/>; a history shorter than
    /// <see cref="WyckoffParameters.MinimumBars"/> has no events.</param>
    /// <param name="parameters">Thresholds; usually <see cref="WyckoffParameters.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Analyze"/>.</exception>
    public static IReadOnlyList<WyckoffEvent> Timeline(IReadOnlyList<Bar> history, WyckoffParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(parameters);
        Validate(history, parameters);
        return history.Count < parameters.MinimumBars ? [] : EventDetector.Timeline(new BarSeries(history, parameters), parameters);
    }

    /// <summary>Throws the <see cref="ArgumentException"/> <see cref="Analyze(string, IReadOnlyList{Bar}, WyckoffParameters, MarketSeries?, DealerContext?)"/> documents for an invalid history or parameters.</summary>
    internal static void Validate(IReadOnlyList<Bar> history, WyckoffParameters parameters)
    {
        if (parameters.LookbackSessions < 2 || parameters.MinimumBars <= parameters.LookbackSessions)
        {
            throw new ArgumentException(
                $"MinimumBars ({parameters.MinimumBars}) must exceed LookbackSessions ({parameters.LookbackSessions}), which must be at least 2.",
                nameof(parameters));
        }

        if (history.Count == 0)
        {
            throw new ArgumentException("The history is empty.", nameof(history));
        }

        for (var i = 0; i < history.Count; i++)
        {
            var bar = history[i];
            if (bar.Low <= 0 || bar.Open <= 0 || bar.Close <= 0 || bar.High < bar.Low || bar.Volume < 0)
            {
                throw new ArgumentException(
                    $"Bar {i} ({Text.Date(bar.Date)}) is invalid: prices must be positive, high >= low and volume >= 0.",
                    nameof(history));
            }

            if (i > 0 && bar.Date <= history[i - 1].Date)
            {
                throw new ArgumentException(
                    $"The history must be strictly ascending by date: bar {i} ({Text.Date(bar.Date)}) does not follow {Text.Date(history[i - 1].Date)}.",
                    nameof(history));
            }
        }
    }

    private static WyckoffSnapshot Insufficient(
        string ticker, DateOnly session, IReadOnlyList<Bar> history, WyckoffParameters parameters, MarketSeries? market)
    {
        var reason = $"insufficient history: {history.Count} bars (< {parameters.MinimumBars})";
        var bc = WyckoffScore.Of(
            new[]
            {
                ParabolicPriceRule.Name, VolumeExplosionRule.Name, WideRangeBarsRule.Name, OverboughtRule.Name,
                VolumeDivergenceRule.Name, BehaviorAtHighsRule.Name, SentimentExtremeRule.Name,
            }.Select(name => new ScoreSignal(name, 0, parameters.BcSignalPoints, reason)).ToArray());
        var spring = WyckoffScore.Of(
            new[] { SupportBreakRule.Name, QuickRecoveryRule.Name, LowVolumeRule.Name, BullishCloseRule.Name }
                .Select(name => new ScoreSignal(name, 0, parameters.SpringSignalPoints, reason)).ToArray());
        return new WyckoffSnapshot(
            ticker,
            session,
            bc,
            spring,
            [],
            DecisionRules.Signal(bc.Total, spring.Total, false, parameters),
            DecisionRules.AlertKind(bc.Total, spring.Total, false, parameters),
            parameters.ModelVersion,
            new PhaseReading("C", 0, 0, "insufficient history", EventSequence.None),
            null,
            ChecklistEvaluator.Evaluate(new BarSeries(history, parameters), [], market, parameters),
            WyckoffSnapshot.Composite(bc, spring));
    }
}
