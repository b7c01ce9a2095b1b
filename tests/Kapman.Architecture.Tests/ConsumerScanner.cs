using System.Text.RegularExpressions;

namespace Kapman.Architecture.Tests;

/// <summary>
/// Reads each service's consumers from its source: the endpoint prefix and the consumers registered in its
/// <c>Extensions.cs</c> (<c>AddKapmanMessaging("prefix", bus => bus.AddConsumer&lt;X&gt;())</c>) and, from each consumer class's
/// declaration, the message types it consumes (<c>IdempotentConsumer&lt;T&gt;</c>, <c>RecommendationJoinConsumer&lt;T&gt;</c>,
/// <c>IConsumer&lt;T&gt;</c>; a <c>SnapshotRetentionConsumer</c> consumes <c>RunWeeklyMaintenance</c>). Queue names follow MassTransit's <c>KebabCaseEndpointNameFormatter(prefix, false)</c>.
/// </summary>
internal static partial class ConsumerScanner
{
    /// <summary>Every consumer of every service under <c>services/</c>.</summary>
    public static IReadOnlyList<ConsumerEndpoint> Scan()
    {
        var found = new List<ConsumerEndpoint>();
        foreach (var service in ServiceSchemas.Owned.Keys)
        {
            var root = Path.Combine(RepoFiles.Root, "services", service, $"Kapman.{service}");
            var extensions = File.ReadAllText(Path.Combine(root, "Extensions.cs"));
            if (MessagingPrefix().Match(extensions) is not { Success: true } prefix)
            {
                continue;
            }

            var sources = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(File.ReadAllText).ToArray();
            foreach (Match consumer in AddConsumer().Matches(extensions))
            {
                var name = consumer.Groups["name"].Value;
                var declaration = sources.Select(s => Declaration(name).Match(s)).SingleOrDefault(m => m.Success)
                    ?? throw new InvalidOperationException($"services/{service}: no declaration of {name}");
                var endpoint = prefix.Groups["prefix"].Value + "-" + Kebab(name.EndsWith("Consumer", StringComparison.Ordinal) ? name[..^"Consumer".Length] : name);
                found.AddRange(Consumed().Matches(declaration.Value).Select(m => new ConsumerEndpoint(prefix.Groups["prefix"].Value, endpoint, m.Groups["event"].Value)));
                if (declaration.Value.Contains(": SnapshotRetentionConsumer(", StringComparison.Ordinal))
                {
                    found.Add(new ConsumerEndpoint(prefix.Groups["prefix"].Value, endpoint, "RunWeeklyMaintenance"));
                }
            }
        }

        return found;
    }

    /// <summary>The service folder whose <c>AddKapmanMessaging</c> prefix is <paramref name="prefix"/>.</summary>
    public static string FolderOf(string prefix) =>
        ServiceSchemas.Owned.Keys.Single(s => MessagingPrefix().Match(File.ReadAllText(Path.Combine(RepoFiles.Root, "services", s, $"Kapman.{s}", "Extensions.cs")))
            is { Success: true } m && m.Groups["prefix"].Value == prefix);

    /// <summary><c>MarketSessionIngested</c> → <c>market-session-ingested</c>.</summary>
    public static string Kebab(string name) => UpperAfterLower().Replace(name, "$1-$2").ToLowerInvariant();

    private static Regex Declaration(string name) => new(@"\bclass\s+" + Regex.Escape(name) + @"\b[^{]*\{", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"AddKapmanMessaging\(""(?<prefix>[a-z]+)""")]
    private static partial Regex MessagingPrefix();

    [GeneratedRegex(@"AddConsumer<(?<name>\w+)>")]
    private static partial Regex AddConsumer();

    [GeneratedRegex(@"(?:IdempotentConsumer|RecommendationJoinConsumer|IConsumer)<(?<event>\w+)")]
    private static partial Regex Consumed();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex UpperAfterLower();
}
