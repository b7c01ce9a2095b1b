using System.Text.Json;

namespace Kapman.Web.Clients;

/// <summary>Reads the text an operator should see from an RFC 7807 problem details body (pure).</summary>
public static class ProblemDetailText
{
    /// <summary>Longest text taken from a body, so a service cannot flood the page or the redirect URL.</summary>
    public const int MaxLength = 300;

    /// <summary>
    /// The problem's <c>detail</c>, else its <c>title</c> followed by the messages of a validation problem's <c>errors</c>
    /// (e.g. "One or more validation errors occurred. to must be on or after from."), trimmed and cut to <see cref="MaxLength"/> characters; empty
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

            var text = Text(document.RootElement, "detail") is { Length: > 0 } detail ? detail : (Text(document.RootElement, "title") + Errors(document.RootElement)).Trim();
            return text.Length > MaxLength ? text[..MaxLength] : text;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    private static string Errors(JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? string.Concat(errors.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.Array)
                .SelectMany(e => e.Value.EnumerateArray()).Where(m => m.ValueKind == JsonValueKind.String).Select(m => " " + m.GetString()!.Trim()))
            : string.Empty;

    private static string Text(JsonElement problem, string name) =>
        problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;
}
