using System.Globalization;
using System.Text;

namespace Kapman.TelegramStandIn;

/// <summary>
/// The Bot API's <c>parse_mode: "HTML"</c> as documented (https://core.telegram.org/bots/api#html-style): only the listed tags, nested
/// and closed; every <c>&lt;</c> that does not open or close such a tag is refused the way Telegram refuses it ("Bad Request: can't parse
/// entities: ..."); the named entities <c>&amp;lt; &amp;gt; &amp;amp; &amp;quot;</c> and numeric ones are decoded. The message text
/// Telegram keeps is the text without tags, entities decoded, and its 4096-character limit applies to that text.
/// </summary>
public static class HtmlStyle
{
    private static readonly string[] Tags = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"];

    /// <summary>The visible text of <paramref name="html"/>, or the Bot API's error description.</summary>
    public static (string? Text, string? Error) Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder();
        var open = new Stack<string>();
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var offset = Encoding.UTF8.GetByteCount(html.AsSpan(0, i));
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    return (null, $"Bad Request: can't parse entities: Unclosed start tag at byte offset {offset}");
                }

                var inner = html[(i + 1)..end];
                var closing = inner.StartsWith('/');
                var name = (closing ? inner[1..] : inner).Split(' ', 2)[0].ToLowerInvariant();
                if (!Tags.Contains(name, StringComparer.Ordinal))
                {
                    return (null, $"Bad Request: can't parse entities: Unsupported start tag \"{name}\" at byte offset {offset}");
                }

                if (closing)
                {
                    if (open.Count == 0 || open.Pop() != name)
                    {
                        return (null, $"Bad Request: can't parse entities: Unmatched end tag at byte offset {offset}, expected \"</{(open.Count == 0 ? name : open.Peek())}>\", found \"</{name}>\"");
                    }
                }
                else
                {
                    open.Push(name);
                }

                i = end;
            }
            else if (c == '&' && Entity(html, i) is { } entity)
            {
                text.Append(entity.Value);
                i += entity.Length - 1;
            }
            else
            {
                text.Append(c);
            }
        }

        return open.Count > 0
            ? (null, $"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek()}\"")
            : (text.ToString(), null);
    }

    /// <summary>The entity at <paramref name="at"/> (its decoded value and its length in the source), or null when it is not one.</summary>
    private static (string Value, int Length)? Entity(string html, int at)
    {
        var end = html.IndexOf(';', at);
        if (end < 0 || end - at > 10)
        {
            return null;
        }

        var name = html[(at + 1)..end];
        var length = end - at + 1;
        return name switch
        {
            "lt" => ("<", length),
            "gt" => (">", length),
            "amp" => ("&", length),
            "quot" => ("\"", length),
            _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) => (char.ConvertFromUtf32(hex), length),
            _ when name.StartsWith('#') && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var dec) => (char.ConvertFromUtf32(dec), length),
            _ => null,
        };
    }
}
