namespace Kapman.Notification.Discord.Webhook;

/// <summary>
/// One webhook: its id and its token (a secret: whoever holds it can post to the channel). <see cref="ToString"/> and
/// <see cref="RedactedPath"/> never show the token.
/// </summary>
public sealed record DiscordWebhook(string Id, string Token)
{
    /// <summary>The Execute Webhook path with <c>?wait=true</c> (Discord answers with the created message).</summary>
    public string Path => $"api/webhooks/{Uri.EscapeDataString(Id)}/{Uri.EscapeDataString(Token)}?wait=true";

    /// <summary>The path as logs and traces may show it.</summary>
    public string RedactedPath => $"api/webhooks/{Id}/***";

    /// <summary>
    /// Reads a webhook URL as Discord shows it (<c>https://discord.com/api/webhooks/{id}/{token}</c>, optionally <c>/api/v10/</c>);
    /// null when it is not one. Only the id and token are kept: requests go to the configured API base URL.
    /// </summary>
    public static DiscordWebhook? Parse(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, "webhooks");
        return at >= 0 && segments.Length == at + 3 && segments[at + 1].All(char.IsAsciiDigit)
            ? new DiscordWebhook(segments[at + 1], Uri.UnescapeDataString(segments[at + 2]))
            : null;
    }

    /// <inheritdoc />
    public override string ToString() => RedactedPath;
}
