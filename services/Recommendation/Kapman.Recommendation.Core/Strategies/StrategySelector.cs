using System.Globalization;

namespace Kapman.Recommendation.Core.Strategies;

/// <summary>
/// Chooses direction, action and strategy from the Wyckoff snapshot (scores, alert, phase, the session's events and
/// the §17.2 trade signal), before any contract is looked at. It suggests and never executes (docs/domain/recommendations.md#decision-boundaries, seed 000 §3.4).
/// </summary>
/// <remarks>
/// Rules, first match wins (docs/domain/recommendations.md#strategy-selection, seed 000 §11.4 decision rules, §5.4 phase fit, §5.2 events, docs/domain/wyckoff-scores.md#trade-signals (seed 001 §17.2)); the
/// trigger recorded for each is in brackets (<see cref="Triggers"/>). "Bullish phases" are Accumulation, Markup
/// or an unknown phase; "bearish phases" are Distribution, Markdown or an unknown phase.
/// <list type="number">
/// <item>BC ≥ 24 or alert BC_EXIT [BC_EXIT]: SHORT, HEDGE, LONG_PUT, confidence BC/28 (a protective put, never a
/// forced liquidation).</item>
/// <item>BC ≥ 20 [BC&gt;=20]: in Distribution or with SOW, SHORT, BUY, bear put debit vertical, confidence BC/28;
/// otherwise NEUTRAL, HOLD "prepare exit orders, monitor".</item>
/// <item>Alert SPRING_ENTRY, or Spring ≥ 9 with BC &lt; 12 [SPRING_ENTRY]: LONG, BUY, confidence Spring/12; LONG_CALL
/// in a bullish phase, else a bull call debit vertical.</item>
/// <item>Trade signal STRONG_ENTRY (an SOS confirming a recent SPRING) with BC &lt; 12 [SPRING+SOS]: LONG, BUY,
/// EventConfidence; LONG_CALL in a bullish phase, else a bull call debit vertical.</item>
/// <item>SPRING event with BC &lt; 12 [SPRING]: as rule 4.</item>
/// <item>ST or TEST with BC &lt; 12 [ST / TEST]: in Accumulation or an unknown phase LONG, SELL, CSP, EventConfidence;
/// elsewhere HOLD (the CSP fits support in accumulation only).</item>
/// <item>SOS with BC &lt; 12 [SOS]: Markup or unknown, LONG, SELL, bull put credit vertical; Accumulation, LONG, BUY,
/// LONG_CALL (the long call's "Accumulation (SOS)" fit); Consolidation, LONG, BUY, bull call debit vertical; all at
/// EventConfidence; in Distribution or Markdown HOLD (a counter-trend breakout).</item>
/// <item>SOW [SOW]: in a bearish phase SHORT, SELL, bear call credit vertical, EventConfidence; elsewhere HOLD
/// "reduce position" (docs/domain/recommendations.md#strategy-selection, seed 001 §17.2).</item>
/// <item>BC event with BC &lt; 20 [BC]: SHORT, BUY, EventConfidence; LONG_PUT in Distribution (its seed fit), else a
/// bear put debit vertical.</item>
/// <item>SC or AR [SC / AR]: HOLD, the stopping action of phase A: wait for the secondary test or a spring.</item>
/// <item>Otherwise NEUTRAL, HOLD "no signal: BC b/28, Spring s/12" (no trigger).</item>
/// </list>
/// </remarks>
public static class StrategySelector
{
    /// <summary>Full scale of the BC score (docs/domain/wyckoff-scores.md#bc-score, seed 000 §11.2).</summary>
    public const int BcMaxScore = 28;

    /// <summary>Full scale of the Spring score (docs/domain/wyckoff-scores.md#spring-score, seed 000 §11.3).</summary>
    public const int SpringMaxScore = 12;

    /// <summary>The Wyckoff trade signal of an SOS confirming a recent SPRING (docs/domain/wyckoff-scores.md#trade-signals, seed 001 §17.2).</summary>
    public const string StrongEntrySignal = "STRONG_ENTRY";

    /// <summary>Applies the rules above to <paramref name="input"/>.</summary>
    public static TradeIntent Select(StrategyInput input, StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var bc = input.BcScore;
        var spring = input.SpringScore;
        var scores = Text($"BC {bc}/{BcMaxScore}, Spring {spring}/{SpringMaxScore}");
        var bcConfidence = Math.Clamp(bc / (double)BcMaxScore, 0, 1);
        var springConfidence = Math.Clamp(spring / (double)SpringMaxScore, 0, 1);
        var eventConfidence = Math.Clamp(parameters.EventConfidence, 0, 1);

        if (bc >= 24 || input.AlertKind == AlertKinds.BcExit)
        {
            return new(TradeDirections.Bearish, TradeActions.Hedge, StrategyCodes.LongPut, StrategyCodes.LongPut, bcConfidence,
                $"exit signal ({scores}): protective long put suggested, never a forced liquidation", Triggers.BcExit);
        }

        if (bc >= 20)
        {
            return input.Phase == WyckoffPhase.Distribution || Has(input, "SOW")
                ? new(TradeDirections.Bearish, TradeActions.Buy, StrategyCodes.VerticalSpread, StrategyCodes.BearPutDebit, bcConfidence,
                    $"BC ≥ 20 in distribution ({scores}): bear put debit spread", Triggers.BcPrepare)
                : Hold($"BC ≥ 20 ({scores}): prepare exit orders and monitor", Triggers.BcPrepare);
        }

        if (input.AlertKind == AlertKinds.SpringEntry || (spring >= 9 && bc < 12))
        {
            return Bullish(input, springConfidence, "spring entry", scores, Triggers.SpringEntry);
        }

        if (bc < 12 && input.TradeSignal == StrongEntrySignal)
        {
            return Bullish(input, eventConfidence, "SOS confirming a spring", scores, Triggers.SpringSos);
        }

        if (bc < 12 && Has(input, "SPRING"))
        {
            return Bullish(input, eventConfidence, "spring event", scores, Triggers.Spring);
        }

        return Events(input, scores, eventConfidence) ?? Hold($"no signal: {scores}", null);
    }

    /// <summary>Rules 6-10: the session's events below the score thresholds, or null when none applies.</summary>
    private static TradeIntent? Events(StrategyInput input, string scores, double confidence)
    {
        var phase = input.Phase;
        var unknown = phase == WyckoffPhase.Unknown;
        if (input.BcScore < 12 && (Has(input, "ST") || Has(input, "TEST")))
        {
            var trigger = Has(input, "ST") ? Triggers.St : Triggers.Test;
            return unknown || phase == WyckoffPhase.Accumulation
                ? new(TradeDirections.Bullish, TradeActions.Sell, StrategyCodes.CashSecuredPut, StrategyCodes.CashSecuredPut, confidence,
                    $"secondary test at support ({scores}): cash-secured put", trigger)
                : Hold($"{trigger} outside accumulation ({scores}): no support to sell a put against", trigger);
        }

        if (input.BcScore < 12 && Has(input, "SOS"))
        {
            return phase switch
            {
                WyckoffPhase.Unknown or WyckoffPhase.Markup => new(TradeDirections.Bullish, TradeActions.Sell, StrategyCodes.VerticalSpread,
                    StrategyCodes.BullPutCredit, confidence, $"sign of strength in markup ({scores}): bull put credit spread", Triggers.Sos),
                WyckoffPhase.Accumulation => new(TradeDirections.Bullish, TradeActions.Buy, StrategyCodes.LongCall, StrategyCodes.LongCall,
                    confidence, $"sign of strength leaving accumulation ({scores}): long call", Triggers.Sos),
                WyckoffPhase.Consolidation => new(TradeDirections.Bullish, TradeActions.Buy, StrategyCodes.VerticalSpread,
                    StrategyCodes.BullCallDebit, confidence, $"sign of strength out of consolidation ({scores}): bull call debit spread", Triggers.Sos),
                _ => Hold($"sign of strength against a {phase} phase ({scores}): no entry", Triggers.Sos),
            };
        }

        if (Has(input, "SOW"))
        {
            return unknown || phase is WyckoffPhase.Distribution or WyckoffPhase.Markdown
                ? new(TradeDirections.Bearish, TradeActions.Sell, StrategyCodes.VerticalSpread, StrategyCodes.BearCallCredit, confidence,
                    $"sign of weakness ({scores}): bear call credit spread", Triggers.Sow)
                : Hold($"sign of weakness in a {phase} phase ({scores}): reduce position, no new trade", Triggers.Sow);
        }

        if (Has(input, "BC"))
        {
            return phase == WyckoffPhase.Distribution
                ? new(TradeDirections.Bearish, TradeActions.Buy, StrategyCodes.LongPut, StrategyCodes.LongPut, confidence,
                    $"buying climax in distribution ({scores}): long put", Triggers.Bc)
                : new(TradeDirections.Bearish, TradeActions.Buy, StrategyCodes.VerticalSpread, StrategyCodes.BearPutDebit, confidence,
                    $"buying climax ({scores}): bear put debit spread", Triggers.Bc);
        }

        if (Has(input, "SC") || Has(input, "AR"))
        {
            var trigger = Has(input, "SC") ? Triggers.Sc : Triggers.Ar;
            return Hold($"{trigger}: stopping action of phase A ({scores}): wait for the secondary test or a spring", trigger);
        }

        return null;
    }

    /// <summary>A bullish BUY: LONG_CALL in Accumulation, Markup or an unknown phase (its seed fit), else a bull call debit vertical.</summary>
    private static TradeIntent Bullish(StrategyInput input, double confidence, string why, string scores, string trigger) =>
        input.Phase is WyckoffPhase.Unknown or WyckoffPhase.Accumulation or WyckoffPhase.Markup
            ? new(TradeDirections.Bullish, TradeActions.Buy, StrategyCodes.LongCall, StrategyCodes.LongCall, confidence, $"{why} ({scores}): long call", trigger)
            : new(TradeDirections.Bullish, TradeActions.Buy, StrategyCodes.VerticalSpread, StrategyCodes.BullCallDebit, confidence,
                $"{why} outside accumulation/markup ({scores}): bull call debit spread", trigger);

    private static TradeIntent Hold(string reason, string? trigger) => new(TradeDirections.Neutral, TradeActions.Hold, null, null, 0, reason, trigger);

    private static bool Has(StrategyInput input, string code) => input.Events.Contains(code, StringComparer.OrdinalIgnoreCase);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
