using System.Text.Json.Nodes;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>Evaluates a Kubernetes label selector (<c>matchLabels</c>, <c>matchExpressions</c> with In, NotIn, Exists, DoesNotExist).</summary>
internal static class LabelSelector
{
    /// <summary>Whether <paramref name="selector"/> selects a pod labelled <paramref name="labels"/>; an empty selector selects every pod.</summary>
    public static bool Selects(JsonNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in selector?["matchLabels"]?.AsObject() ?? [])
        {
            if (!labels.TryGetValue(key, out var actual) || actual != (string?)value)
            {
                return false;
            }
        }

        foreach (var expression in selector?["matchExpressions"]?.AsArray() ?? [])
        {
            var key = (string)expression!["key"]!;
            var values = expression["values"]?.AsArray().Select(v => (string?)v).ToList() ?? [];
            var has = labels.TryGetValue(key, out var actual);
            var matches = (string?)expression["operator"] switch
            {
                "In" => has && values.Contains(actual),
                "NotIn" => !has || !values.Contains(actual),
                "Exists" => has,
                "DoesNotExist" => !has,
                var other => throw new InvalidOperationException($"unknown selector operator {other}"),
            };
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
