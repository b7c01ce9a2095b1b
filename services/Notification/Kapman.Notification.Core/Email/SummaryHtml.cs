using System.Globalization;
using System.Text;

namespace Kapman.Notification.Core.Email;

/// <summary>
/// The end-of-run summary as HTML: the counts, a table of the new recommendations (ticker, strategy, direction, action, first leg's OCC
/// symbol, confidence 0-1) and a table of the no-trade decisions with their reasons, in the order the plain text lists them.
/// </summary>
public static class SummaryHtml
{
    private const string Cell = "padding:6px 8px;border-bottom:1px solid #e5e7eb;text-align:left";
    private const string Head = Cell + ";background:#f9fafb;font-weight:bold";

    /// <summary>The summary document; <paramref name="trades"/> and <paramref name="skipped"/> as <see cref="MessageComposer.Summary"/> splits them.</summary>
    public static string Render(string subject, string day, int issued, int noTrade, IReadOnlyList<SummaryLine> trades, IReadOnlyList<SummaryLine> skipped)
    {
        ArgumentNullException.ThrowIfNull(trades);
        ArgumentNullException.ThrowIfNull(skipped);
        var content = new StringBuilder();
        content.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 12px\">The daily pipeline for {EmailHtml.Encode(day)} finished.</p>");
        Table(content, null, [],
        [
            ["Recommendations naming a listed contract", issued.ToString(CultureInfo.InvariantCulture)],
            ["No-trade decisions, each with its reason", noTrade.ToString(CultureInfo.InvariantCulture)],
        ]);
        if (trades.Count > 0)
        {
            Table(content, "New recommendations", ["Ticker", "Strategy", "Direction", "Action", "Contract", "Confidence"],
                trades.Select(l => (IReadOnlyList<string?>)[l.Ticker, l.Strategy, l.Direction, l.Action, l.OccSymbol,
                    l.ConfidenceText]));
        }

        if (skipped.Count > 0)
        {
            Table(content, "No trade", ["Ticker", "Reason"], skipped.Select(l => (IReadOnlyList<string?>)[l.Ticker, l.NoTradeReason]));
        }

        content.Append("<p style=\"margin:12px 0 0\">Details are on the Today page of the dashboard.</p>");
        return EmailHtml.Document(subject, content.ToString());
    }

    private static void Table(StringBuilder html, string? title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        if (title is not null)
        {
            html.Append("<h2 style=\"font-size:15px;margin:16px 0 8px\">").Append(EmailHtml.Encode(title)).Append("</h2>");
        }

        html.Append("<table style=\"width:100%;border-collapse:collapse;margin:0 0 12px\">");
        if (headers.Count > 0)
        {
            html.Append("<tr>");
            foreach (var header in headers)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th style=\"{Head}\">{EmailHtml.Encode(header)}</th>");
            }

            html.Append("</tr>");
        }

        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var value in row)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td style=\"{Cell}\">{EmailHtml.Encode(value)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }
}
