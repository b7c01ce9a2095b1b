using System.Text.RegularExpressions;

namespace Kapman.Architecture.Tests;

/// <summary>
/// Finds schema-qualified names (<c>schema.relation</c>) of the service schemas and their read contracts in C# and SQL
/// text. Comments are skipped (doc comments cite tables by name); C# member access never matches because members are
/// PascalCase while the pattern takes lower-case snake-case names only.
/// </summary>
internal static partial class SqlNameScanner
{
    /// <summary>Every reference in <paramref name="text"/> of a file named <paramref name="file"/> (.cs or .sql).</summary>
    public static IEnumerable<SchemaReference> Scan(string file, string text)
    {
        var comment = file.EndsWith(".sql", StringComparison.Ordinal) ? "--" : "//";
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var start = line.IndexOf(comment, StringComparison.Ordinal);
            // A "//" inside a string (a URL) is not a comment; only a line that starts with it is skipped in C#.
            var code = comment == "--" && start >= 0 ? line[..start]
                : comment == "//" && line.TrimStart().StartsWith("//", StringComparison.Ordinal) ? ""
                : line;
            foreach (Match match in Qualified().Matches(code))
            {
                yield return new SchemaReference(file, i + 1, match.Groups["schema"].Value, match.Groups["name"].Value);
            }
        }
    }

    [GeneratedRegex(@"(?<![\w.""])""?(?<schema>(?:market|options|metrics|wyckoff|recommendation|execution|notification)(?:_api)?)""?\.""?(?<name>[a-z_][a-z0-9_]*)\b")]
    private static partial Regex Qualified();
}
