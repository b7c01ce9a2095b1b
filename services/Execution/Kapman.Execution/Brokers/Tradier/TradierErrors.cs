using System.Text.Json;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// The broker's messages in an error body: Tradier's <c>{"errors":{"error":["…", …]}}</c> (one message may be a plain string), the API
/// gateway's <c>{"fault":{"faultstring":"…"}}</c>, or a plain-text body such as <c>Invalid Access Token</c>.
/// </summary>
internal static class TradierErrors
{
    /// <summary>Longest plain-text body kept as a message (an HTML error page is cut here).</summary>
    private const int MaximumPlainTextLength = 300;

    /// <summary>The messages of <paramref name="body"/>, in order; empty when it has none.</summary>
    public static IReadOnlyList<string> Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        var trimmed = body.Trim();
        if (trimmed[0] is '{' or '[')
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                var root = document.RootElement;
                var errors = TradierJson.Items(root, "errors", "error").Select(e => TradierJson.String(e) ?? e.GetRawText()).ToList();
                if (errors.Count > 0)
                {
                    return errors;
                }

                if (TradierJson.TryObject(root, "fault", out var fault) && TradierJson.String(fault, "faultstring") is { } faultString)
                {
                    return [faultString];
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to the plain text.
            }
        }

        return [trimmed.Length > MaximumPlainTextLength ? trimmed[..MaximumPlainTextLength] : trimmed];
    }
}
