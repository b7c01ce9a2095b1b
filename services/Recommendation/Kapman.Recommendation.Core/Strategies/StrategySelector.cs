using System.Globalization;

namespace Kapman.Recommendation.Core.Strategies;

/// <summary>
/// Chooses direction, action and strategy from the Wyckoff verdict, before any contract is looked at.
/// </summary>
/// <remarks>
/// Rules, first match wins (seed 000 §11.4 decision rules, §5.4 phase fit, §3.4 boundaries):
/// <list type="number">
/// <item>BC ≥ 24 or alert BC_EXIT: SHORT, HEDGE, LONG_PUT, confidence BC/28 ("exit immediately" is suggested as a
/// protective put, never a forced liquidation).</item>
/// <item>BC ≥ 20 in Distribution or with SOW: SHORT, BUY, bear put debit vertical, confidence BC/28;
/// BC ≥ 20 otherwise: NEUTRAL, HOLD "prepare exit orders, monitor".</item>
/// <item>Alert SPRING_ENTRY, or Spring ≥ 9 with BC &lt; 12: LONG, BUY, confidence Spring/12; LONG_CALL in
/// Accumulation, Markup or an unknown phase (the long call's fit), else a bull call debit vertical.</item>
/// <item>ST or TEST with BC &lt; 12 in Accumulation or an unknown phase: LONG, SELL, CSP, confidence EventConfidence.</item>
/// <item>SOS with BC &lt; 12 in Markup or an unknown phase: LONG, SELL, bull put credit vertical, EventConfidence.</item>
/// <item>SOW in Distribution, Markdown or an unknown phase: SHORT, SELL, bear call credit vertical, EventConfidence.</item>
/// <item>Otherwise NEUTRAL, HOLD "no signal: BC b/28, Spring s/12".</item>
/// </list>
/// </remarks>
public static class StrategySelector
{
    /// <summary>Full scale of the BC score (seed 000 §11.2).</summary>
    public const int BcMaxScore = 28;

    /// <summary>Full scale of the Spring score (seed 000 §11.3).</summary>
    public const int SpringMaxScore = 12;

    /// <summary>Applies the rules above to <paramref name="input"/>.</summary>
    public static TradeIntent Select(StrategyInput input, StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var bc = input.BcScore;
        var spring = input.SpringScore;
        var phase = input.Phase;
        var bcConfidence = Math.Clamp(bc / (double)BcMaxScore, 0, 1);
        var springConfidence = Math.Clamp(spring / (double)SpringMaxScore, 0, 1);
        var eventConfidence = Math.Clamp(parameters.EventConfidence, 0, 1);
        var scores = Text($"BC {bc}/{BcMaxScore}, Spring {spring}/{SpringMaxScore}");
        var unknown = phase == WyckoffPhase.Unknown;

        if (bc >= 24 || input.AlertKind == AlertKinds.BcExit)
        {
            return new(TradeDirections.Bearish, TradeActions.Hedge, StrategyCodes.LongPut, StrategyCodes.LongPut, bcConfidence,
                $"exit signal ({scores}): protective long put suggested, never a forced liquidation");
        }

        if (bc >= 20)
        {
            return phase == WyckoffPhase.Distribution || Has(input, "SOW")
                ? new(TradeDirections.Bearish, TradeActions.Buy, StrategyCodes.VerticalSpread, StrategyCodes.BearPutDebit, bcConfidence,
                    $"BC ≥ 20 in distribution ({scores}): bear put debit spread")
                : Hold($"BC ≥ 20 ({scores}): prepare exit orders and monitor");
        }

        if (input.AlertKind == AlertKinds.SpringEntry || (spring >= 9 && bc < 12))
        {
            var fits = unknown || phase is WyckoffPhase.Accumulation or WyckoffPhase.Markup;
            return fits
                ? new(TradeDirections.Bullish, TradeActions.Buy, StrategyCodes.LongCall, StrategyCodes.LongCall, springConfidence,
                    $"spring entry ({scores}): long call")
                : new(TradeDirections.Bullish, TradeActions.Buy, StrategyCodes.VerticalSpread, StrategyCodes.BullCallDebit, springConfidence,
                    $"spring entry outside accumulation/markup ({scores}): bull call debit spread");
        }

        if (bc < 12 && (Has(input, "ST") || Has(input, "TEST")) && (unknown || phase == WyckoffPhase.Accumulation))
        {
            return new(TradeDirections.Bullish, TradeActions.Sell, StrategyCodes.CashSecuredPut, StrategyCodes.CashSecuredPut, eventConfidence,
                $"secondary test at support ({scores}): cash-secured put");
        }

        if (bc < 12 && Has(input, "SOS") && (unknown || phase == WyckoffPhase.Markup))
        {
            return new(TradeDirections.Bullish, TradeActions.Sell, StrategyCodes.VerticalSpread, StrategyCodes.BullPutCredit, eventConfidence,
                $"sign of strength in markup ({scores}): bull put credit spread");
        }

        if (Has(input, "SOW") && (unknown || phase is WyckoffPhase.Distribution or WyckoffPhase.Markdown))
        {
            return new(TradeDirections.Bearish, TradeActions.Sell, StrategyCodes.VerticalSpread, StrategyCodes.BearCallCredit, eventConfidence,
                $"sign of weakness ({scores}): bear call credit spread");
        }

        return Hold($"no signal: {scores}");
    }

    private static TradeIntent Hold(string reason) => new(TradeDirections.Neutral, TradeActions.Hold, null, null, 0, reason);

    private static bool Has(StrategyInput input, string code) => input.Events.Contains(code, StringComparer.OrdinalIgnoreCase);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
