using System.Text;

namespace Kapman.Architecture.Tests;

/// <summary>
/// The comment text of a source file: <c>//</c>, <c>///</c> and <c>/* */</c> comments of C# and JavaScript (string, verbatim,
/// raw and character literals are skipped, so a URL in a string is not a comment), <c>--</c> and <c>/* */</c> comments of
/// SQL (single-quoted literals skipped), and the whole text of Markdown. The same reading as docs/domain/rewrite-citations.py.
/// </summary>
internal static class CommentScanner
{
    /// <summary>The comments of <paramref name="text"/>, one string per comment, for a file with extension <paramref name="extension"/>.</summary>
    public static IEnumerable<string> Comments(string text, string extension)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (extension == ".md")
        {
            yield return text;
            yield break;
        }

        var cLike = extension is ".cs" or ".js";
        var sql = extension == ".sql";
        var i = 0;
        while (i < text.Length)
        {
            if (At(text, i, "/*"))
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                yield return text[i..end];
                i = end;
            }
            else if ((cLike && At(text, i, "//")) || (sql && At(text, i, "--")))
            {
                var end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                yield return text[i..end];
                i = end;
            }
            else if (cLike && At(text, i, "\"\"\""))
            {
                var quotes = 3;
                while (i + quotes < text.Length && text[i + quotes] == '"')
                {
                    quotes++;
                }

                var end = text.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + quotes;
            }
            else if (cLike && StringStart(text, i) is { } open)
            {
                i = SkipString(text, open.Quote, open.Verbatim);
            }
            else if (cLike && text[i] == '\'')
            {
                i = SkipChar(text, i);
            }
            else if (sql && text[i] == '\'')
            {
                i = SkipSqlString(text, i);
            }
            else
            {
                i++;
            }
        }
    }

    private static bool At(string text, int i, string token) => string.CompareOrdinal(text, i, token, 0, token.Length) == 0;

    /// <summary>The index of the opening quote of a "...", @"...", $"...", $@"..." or @$"..." literal starting at i.</summary>
    private static (int Quote, bool Verbatim)? StringStart(string text, int i)
    {
        var k = i;
        var verbatim = false;
        while (k < text.Length && k - i < 2 && text[k] is '@' or '$')
        {
            verbatim |= text[k] == '@';
            k++;
        }

        return k < text.Length && text[k] == '"' && !At(text, k, "\"\"\"") ? (k, verbatim) : null;
    }

    private static int SkipString(string text, int quote, bool verbatim)
    {
        var i = quote + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (!verbatim && c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '"')
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            if (!verbatim && c == '\n')
            {
                return i;
            }

            i++;
        }

        return i;
    }

    private static int SkipChar(string text, int i)
    {
        var k = i + 1;
        var length = 0;
        while (k < text.Length && text[k] != '\'' && text[k] != '\n' && length < 8)
        {
            k += text[k] == '\\' ? 2 : 1;
            length++;
        }

        return k < text.Length && text[k] == '\'' && length > 0 ? k + 1 : i + 1;
    }

    private static int SkipSqlString(string text, int i)
    {
        var k = i + 1;
        while (k < text.Length)
        {
            if (text[k] == '\'')
            {
                if (k + 1 < text.Length && text[k + 1] == '\'')
                {
                    k += 2;
                    continue;
                }

                return k + 1;
            }

            k++;
        }

        return k;
    }

    /// <summary>The GitHub anchor of a Markdown heading's text: lower case, punctuation other than '-' and '_' removed, spaces to '-'.</summary>
    public static string Slug(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }
}
