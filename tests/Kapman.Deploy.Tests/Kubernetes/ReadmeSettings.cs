using System.Text.RegularExpressions;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>
/// The environment variables README.md's Configuration section names: every name in the first column of its table (a
/// <c>__Port</c> continues the last full name before it: <c>Kapman__Smtp__Host</c>, <c>__Port</c> → <c>Kapman__Smtp__Port</c>) and
/// every setting-like name in its paragraphs. Patterns (<c>&lt;KIND&gt;</c>, <c>0..n</c>) are left out.
/// </summary>
internal static partial class ReadmeSettings
{
    /// <summary>The names, in README order.</summary>
    public static IReadOnlyList<string> Read()
    {
        var text = File.ReadAllText(Path.Combine(RepoFiles.Root, "README.md"));
        var start = text.IndexOf("\n## Configuration", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "README.md has a Configuration section");
        var end = text.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];

        var names = new List<string>();
        foreach (var line in section.Split('\n'))
        {
            var isRow = line.StartsWith("| `", StringComparison.Ordinal);
            var scope = isRow ? line.Split('|')[1] : line;
            string? anchor = null;
            foreach (Match token in Backticked().Matches(scope))
            {
                var name = token.Groups[1].Value.Split('=')[0];
                if (name.StartsWith("__", StringComparison.Ordinal))
                {
                    name = anchor is null || anchor.Contains('<', StringComparison.Ordinal) ? "" : anchor[..anchor.LastIndexOf("__", StringComparison.Ordinal)] + name;
                }
                else
                {
                    anchor = name;
                }

                if (Setting().IsMatch(name) && (isRow || name.Contains("__", StringComparison.Ordinal) || name.Contains('_', StringComparison.Ordinal)))
                {
                    names.Add(name);
                }
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    /// <summary>An environment variable name: letters, digits, underscores; ALL_CAPS or a <c>__</c>-separated configuration path.</summary>
    [GeneratedRegex(@"^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+|AllowedHosts)$")]
    private static partial Regex Setting();
}
