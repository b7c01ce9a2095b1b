using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace Kapman.Notification.Discord;

/// <summary>
/// Rewrites the URL tags of HttpClient spans (<c>url.full</c>, and the older <c>http.url</c>) so a webhook's token never reaches a
/// trace exporter: <c>/api/webhooks/{id}/{token}</c> becomes <c>/api/webhooks/{id}/***</c>. Runs when a span starts and when it ends.
/// </summary>
public sealed partial class DiscordSpanRedactor : BaseProcessor<Activity>
{
    private static readonly string[] UrlTags = ["url.full", "http.url"];

    /// <summary>A URL or path with its webhook token replaced; anything else unchanged.</summary>
    public static string Redact(string url) => Token().Replace(url, "$1***");

    /// <inheritdoc />
    public override void OnStart(Activity data) => Rewrite(data);

    /// <inheritdoc />
    public override void OnEnd(Activity data) => Rewrite(data);

    private static void Rewrite(Activity? activity)
    {
        if (activity is null)
        {
            return;
        }

        foreach (var tag in UrlTags)
        {
            if (activity.GetTagItem(tag) is string url && url.Contains("/webhooks/", StringComparison.Ordinal))
            {
                activity.SetTag(tag, Redact(url));
            }
        }
    }

    [GeneratedRegex(@"(/webhooks/[^/?#]+/)[^/?#]+")]
    private static partial Regex Token();
}
