using System.Globalization;
using System.Text.Json;

namespace Kapman.Recommendation.Core.Justification;

/// <summary>Parses a model's text into a <see cref="JustificationAnswer"/> (tolerates a ```json fence around the object).</summary>
public static class JustificationAnswerParser
{
    /// <summary>The answer, or the reason the text is not an answer in the schema's shape.</summary>
    public static (JustificationAnswer? Answer, string? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return (null, "answer holds no JSON object");
        }

        try
        {
            using var document = JsonDocument.Parse(text[start..(end + 1)]);
            var root = document.RootElement;
            var contracts = root.GetProperty("contracts").EnumerateArray().Select(c => new AnswerContract(
                c.GetProperty("occ_symbol").GetString() ?? string.Empty,
                c.GetProperty("expiration").GetString() ?? string.Empty,
                c.GetProperty("strike").GetDouble(),
                c.GetProperty("right").GetString() ?? string.Empty)).ToList();
            return (new JustificationAnswer(
                Required(root, "summary"), Required(root, "rationale"), Required(root, "risks"), contracts,
                Number(root, "confidence"), Number(root, "breakeven"), Number(root, "max_loss_per_contract"), Number(root, "max_profit_per_contract")), null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"answer does not match the schema: {e.Message}"));
        }
    }

    private static string Required(JsonElement root, string name) =>
        root.GetProperty(name).GetString() is { Length: > 0 } value ? value : throw new FormatException($"'{name}' is empty");

    private static double? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
