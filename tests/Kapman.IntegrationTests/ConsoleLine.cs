using System.Text.Json;

namespace Kapman.IntegrationTests;

/// <summary>
/// A service's console line as a failing test's message shows it: the services write one JSON object per log entry
/// (ServiceDefaults' JSON console), about 1.5 KB with its state and scopes; the message keeps what an operator reads first.
/// </summary>
internal static class ConsoleLine
{
    /// <summary>
    /// <c>timestamp level category: message</c> and the exception's first line when <paramref name="content"/> (DCP's
    /// <c>timestamp {json}</c>) is a JSON log entry; anything else unchanged.
    /// </summary>
    public static string Compact(string content)
    {
        var brace = content.IndexOf('{', StringComparison.Ordinal);
        if (brace < 0)
        {
            return content;
        }

        try
        {
            using var entry = JsonDocument.Parse(content[brace..]);
            var root = entry.RootElement;
            var exception = root.TryGetProperty("Exception", out var e) ? " | " + e.GetString()?.Split('\n')[0] : "";
            return $"{Text(root, "Timestamp")} {Text(root, "LogLevel")} {Text(root, "Category")}: {Text(root, "Message")}{exception}";
        }
        catch (JsonException)
        {
            return content;
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
