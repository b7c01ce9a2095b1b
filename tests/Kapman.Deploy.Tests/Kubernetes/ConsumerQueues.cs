using System.Text.RegularExpressions;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>
/// The RabbitMQ queue of every consumer in the source: MassTransit's KebabCaseEndpointNameFormatter with the service's
/// prefix (Kapman.ServiceDefaults' AddKapmanMessaging), so <c>services/Metrics/.../MarketSessionIngestedConsumer</c> consumes
/// <c>metrics-market-session-ingested</c>.
/// </summary>
internal static partial class ConsumerQueues
{
    /// <summary>Service (lower case) → the queues its consumers read.</summary>
    public static IReadOnlyDictionary<string, ISet<string>> FromSource()
    {
        var queues = new Dictionary<string, ISet<string>>(StringComparer.Ordinal);
        foreach (var serviceFolder in Directory.GetDirectories(Path.Combine(RepoFiles.Root, "services")))
        {
            var service = Path.GetFileName(serviceFolder).ToLowerInvariant();
            foreach (var file in Directory.EnumerateFiles(serviceFolder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/") && !f.Contains("/obj/")))
            {
                foreach (Match match in ConsumerClass().Matches(File.ReadAllText(file)))
                {
                    if (!queues.TryGetValue(service, out var set))
                    {
                        queues[service] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(service + "-" + Kebab(match.Groups["name"].Value));
                }
            }
        }

        return queues;
    }

    /// <summary><c>MarketSessionIngested</c> → <c>market-session-ingested</c>.</summary>
    public static string Kebab(string pascal) => WordStart().Replace(pascal, "-$1").ToLowerInvariant();

    [GeneratedRegex(@"sealed class (?<name>\w+)Consumer\b")]
    private static partial Regex ConsumerClass();

    [GeneratedRegex(@"(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
