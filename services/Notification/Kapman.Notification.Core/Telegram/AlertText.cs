using System.Globalization;

namespace Kapman.Notification.Core.Telegram;

/// <summary>
/// The text of a plain alert on Telegram (issue 20 item 1: every route kind may go to Telegram, without buttons), in the Bot API's HTML
/// parse mode (https://core.telegram.org/bots/api#html-style): the severity and subject in bold, a blank line, then the body. Every
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> of the message is written as <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;amp;</c>, as the Bot API
/// requires of those symbols outside a tag or entity, so a subject such as "BC &gt;= 24 &amp; exit" is shown as written and never parsed.
/// </summary>
public static class AlertText
{
    /// <summary>The <c>parse_mode</c> the text is written for.</summary>
    public const string ParseMode = "HTML";

    /// <summary>
    /// The message: <c>&lt;b&gt;CRITICAL · subject&lt;/b&gt;\n\nbody</c>. The Bot API's limit (<see cref="ApprovalMessage.MaxTextLength"/>, 4096
    /// characters) counts the text after entity parsing, so the visible text is cut (the body ends with "…") before it is escaped.
    /// </summary>
    /// <param name="severity">info, warning or critical (shown in capitals).</param>
    /// <param name="subject">The message's subject (the email's).</param>
    /// <param name="body">Its plain-text body.</param>
    public static string Html(string severity, string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(severity);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        var head = Cut(string.Create(CultureInfo.InvariantCulture, $"{severity.ToUpperInvariant()} · {subject}"), ApprovalMessage.MaxTextLength);
        var room = Math.Max(0, ApprovalMessage.MaxTextLength - head.Length - 2);
        var shown = body.Length <= room ? body : Cut(body, Math.Max(0, room - 1)) + "…";
        return $"<b>{Escape(head)}</b>\n\n{Escape(shown)}";
    }

    /// <summary>
    /// <paramref name="text"/> with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> replaced by their HTML entities (Bot API, "HTML style"); the
    /// visible text is unchanged.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>The first <paramref name="length"/> UTF-16 units of <paramref name="text"/>, one fewer when that would split a surrogate pair.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var end = length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..end];
    }
}
