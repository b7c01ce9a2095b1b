using System.Net;
using System.Text;

namespace Kapman.Notification.Core.Email;

/// <summary>
/// The HTML part of every email (issue 20 item 5), sent beside the plain text as multipart/alternative. One inline-styled,
/// table-laid-out document (mail clients drop style sheets and scripts): a dark title bar with the subject, the content, and a
/// footer. Every text from a message is HTML-encoded, so a ticker or reason can never inject markup.
/// </summary>
public static class EmailHtml
{
    /// <summary>The message's own HTML (<see cref="ComposedMessage.Html"/>, e.g. the summary's tables) or its plain text laid out by <see cref="FromText"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static string For(ComposedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Html ?? FromText(message.Subject, message.Body);
    }

    /// <summary>
    /// A plain-text body as HTML: each run of lines starting with "- " becomes a bulleted list, every other non-blank line a paragraph.
    /// </summary>
    public static string FromText(string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var content = new StringBuilder();
        var inList = false;
        foreach (var line in body.Split('\n'))
        {
            var isItem = line.StartsWith("- ", StringComparison.Ordinal);
            if (isItem != inList)
            {
                content.Append(isItem ? "<ul style=\"margin:0 0 12px;padding-left:20px\">" : "</ul>");
                inList = isItem;
            }

            if (isItem)
            {
                content.Append("<li>").Append(Encode(line[2..])).Append("</li>");
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                content.Append("<p style=\"margin:0 0 12px\">").Append(Encode(line)).Append("</p>");
            }
        }

        if (inList)
        {
            content.Append("</ul>");
        }

        return Document(subject, content.ToString());
    }

    /// <summary>The whole document around already-encoded <paramref name="content"/>; <paramref name="subject"/> is encoded here.</summary>
    public static string Document(string subject, string content) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">" +
        $"<title>{Encode(subject)}</title></head>" +
        "<body style=\"margin:0;padding:24px;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif;color:#111827\">" +
        "<table role=\"presentation\" style=\"width:100%;max-width:680px;margin:0 auto;background:#ffffff;border-collapse:collapse;border:1px solid #e5e7eb\">" +
        $"<tr><td style=\"padding:16px 24px;background:#111827;color:#ffffff;font-size:18px;font-weight:bold\">{Encode(subject)}</td></tr>" +
        $"<tr><td style=\"padding:16px 24px;font-size:14px;line-height:1.5\">{content}</td></tr>" +
        "<tr><td style=\"padding:12px 24px;font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb\">" +
        "Kapman notification service. The plain-text part of this email carries the same facts.</td></tr>" +
        "</table></body></html>";

    /// <summary>HTML-encodes <paramref name="text"/> (null reads empty).</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
