namespace Kapman.Recommendation.Core.Strategies;

/// <summary>The four seed strategies (docs/domain/recommendations.md#strategy-selection, seed 000 §5.4, §9.2 <c>option_strategy</c>) and the vertical's four structures.</summary>
public static class StrategyCodes
{
    /// <summary>Long call: bullish, Accumulation (Spring, SOS) or early Markup, 30-90 DTE.</summary>
    public const string LongCall = "LONG_CALL";

    /// <summary>Long put: bearish, Distribution (BC, SOW) or early Markdown, 30-90 DTE.</summary>
    public const string LongPut = "LONG_PUT";

    /// <summary>Cash-secured put: neutral-bullish, Accumulation (ST, TEST) at support, 30-45 DTE.</summary>
    public const string CashSecuredPut = "CSP";

    /// <summary>Vertical spread: any phase with a clear direction, 30-60 DTE.</summary>
    public const string VerticalSpread = "VERTICAL_SPREAD";

    /// <summary>Vertical: buy a call, sell a higher-strike call (bullish, debit).</summary>
    public const string BullCallDebit = "BULL_CALL_DEBIT";

    /// <summary>Vertical: buy a put, sell a lower-strike put (bearish, debit).</summary>
    public const string BearPutDebit = "BEAR_PUT_DEBIT";

    /// <summary>Vertical: sell a put, buy a lower-strike put (bullish, credit).</summary>
    public const string BullPutCredit = "BULL_PUT_CREDIT";

    /// <summary>Vertical: sell a call, buy a higher-strike call (bearish, credit).</summary>
    public const string BearCallCredit = "BEAR_CALL_CREDIT";
}
