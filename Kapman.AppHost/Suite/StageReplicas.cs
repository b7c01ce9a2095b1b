using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kapman.AppHost.Suite;

/// <summary>
/// How many processes of each sharded stage the AppHost runs (<c>kapman up --replicas metrics=2,options=2,wyckoff=2</c>, handed to the AppHost
/// as <c>Kapman__Replicas__&lt;stage&gt;</c>). Only the stages that split a session into ticker shards shared by competing consumers
/// (<see cref="Stages"/>) may run more than one: every other service's work is one message per session.
/// </summary>
public static class StageReplicas
{
    /// <summary>The configuration section, one key per stage.</summary>
    public const string Section = "Kapman:Replicas";

    /// <summary>The most replicas of one stage.</summary>
    public const int Max = 8;

    /// <summary>The stages that may run replicas.</summary>
    public static IReadOnlyList<string> Stages { get; } = ["metrics", "options", "wyckoff"];

    /// <summary>
    /// Parses <c>stage=n[,stage=n...]</c>. Returns the counts, or null and the reason: an unknown stage, a count outside
    /// 1..<see cref="Max"/>, a stage named twice or a malformed pair.
    /// </summary>
    public static (IReadOnlyDictionary<string, int>? Counts, string? Error) Parse(string? text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                return (null, $"--replicas takes stage=count pairs separated by commas (e.g. metrics=2,wyckoff=2); '{pair}' is not one.");
            }

            if (!Stages.Contains(parts[0], StringComparer.Ordinal))
            {
                return (null, $"--replicas: '{parts[0]}' cannot run replicas; stages that can: {string.Join(", ", Stages)}.");
            }

            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > Max)
            {
                return (null, $"--replicas: {parts[0]} must be a count from 1 to {Max}; it is '{parts[1]}'.");
            }

            if (!counts.TryAdd(parts[0], count))
            {
                return (null, $"--replicas names {parts[0]} twice.");
            }
        }

        return (counts, null);
    }

    /// <summary>The environment that hands <paramref name="counts"/> to the AppHost.</summary>
    public static IReadOnlyDictionary<string, string> Environment(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.ToDictionary(c => $"Kapman__Replicas__{c.Key}", c => c.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    /// <summary>The replicas of <paramref name="stage"/> configured under <see cref="Section"/>; 1 when unset.</summary>
    /// <exception cref="InvalidOperationException">A value is set for a stage that cannot run replicas, or is not 1..<see cref="Max"/>.</exception>
    public static int Of(IConfiguration configuration, string stage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var text = string.Join(',', section.GetChildren().Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => $"{c.Key}={c.Value}"));
        var (counts, error) = Parse(text);
        return error is not null ? throw new InvalidOperationException(error.Replace("--replicas", Section, StringComparison.Ordinal))
            : counts!.GetValueOrDefault(stage, 1);
    }
}
