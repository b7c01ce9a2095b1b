using System.Text.Json;

namespace Kapman.Web.Clients;

/// <summary>Reads the text an operator should see from an RFC 7807 problem details body (pure).</summary>
public static class ProblemDetailText
{
    /// <summary>Longest text taken from a body, so a service cannot flood the page or the redirect URL.</summary>
    public const int MaxLength = 300;

    /// <summary>
    /// The problem's <c>detail</c>, else its <c>title</c>, trimmed and cut to <see cref="MaxLength"/> characters; empty
    /// when <paramref name="body"/> is not a JSON object or has neither as a non-empty string.
    /// </summary>
    public static string From(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return string.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return string.Empty;
            }

            var text = Text(document.RootElement, "detail") is { Length: > 0 } detail ? detail : Text(document.RootElement, "title");
            return text.Length > MaxLength ? text[..MaxLength] : text;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    private static string Text(JsonElement problem, string name) =>
        problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;
}
