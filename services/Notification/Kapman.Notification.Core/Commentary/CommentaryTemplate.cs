using System.Globalization;
using System.Text;

namespace Kapman.Notification.Core.Commentary;

/// <summary>
/// The deterministic report: the same facts always give the same text, and it states only the facts (so it passes the fact check by
/// construction). Used when no model is configured and whenever a model's text is rejected.
/// </summary>
public static class CommentaryTemplate
{
    /// <summary>Version archived as the model of a template report.</summary>
    public const string Version = "commentary-template-1";

    /// <summary>The text of a <paramref name="kind"/> report on <paramref name="facts"/>.</summary>
    public static string Write(string kind, SessionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var text = new StringBuilder(Line($"{ReportKinds.Title(kind)}, facts of session {facts.SessionDate:yyyy-MM-dd}."));
        if (facts.IsEmpty)
        {
            text.Append(" No events of this session were stored.");
            return text.ToString();
        }

        if (facts.Issued is { } issued)
        {
            text.Append(Line($" Run: {issued} issued, {facts.NoTrade ?? 0} no trade."));
        }

        foreach (var r in facts.Recommendations)
        {
            text.Append(r.Status == "NO_TRADE"
                ? Line($" {r.Ticker}: no trade ({r.NoTradeReason}).")
                : Line($" {r.Ticker}: {r.Strategy} {r.Direction}, {string.Join(" / ", r.OccSymbols)}, confidence {ConfidenceText.Of(r.Confidence, r.NoEdge)}."));
        }

        foreach (var d in facts.Dealers)
        {
            text.Append(Line($" {d.Underlying} spot {d.Spot:0.00}, net GEX {d.NetGex:0}"))
                .Append(d.Position is { } p ? Line($", dealers {p}") : string.Empty)
                .Append(d.CallWall is { } c ? Line($", call wall {c:0.##}") : string.Empty)
                .Append(d.PutWall is { } w ? Line($", put wall {w:0.##}") : string.Empty)
                .Append(d.GammaFlip is { } f ? Line($", gamma flip {f:0.00}") : string.Empty)
                .Append('.');
        }

        foreach (var a in facts.Alerts)
        {
            text.Append(Line($" Alert {a.Kind} on {a.Ticker} (score {a.Score})."));
        }

        foreach (var o in facts.Orders)
        {
            text.Append(Line($" Order {o.Description}: {o.State}, {o.FilledQuantity} of {o.Quantity} filled ({o.Mode})."));
        }

        if (facts.KillSwitchMode is { } mode)
        {
            text.Append(Line($" Kill switch {mode}: {facts.KillSwitchReason}."));
        }

        return text.ToString();
    }

    private static string Line(FormattableString line) => line.ToString(CultureInfo.InvariantCulture);
}
