using Kapman.Gateway.Configuration;

namespace Kapman.Gateway.Security;

/// <summary>
/// Whether a request carries the API key (<c>X-Api-Key</c>, exactly one value). Decided once per request and kept in
/// <see cref="HttpContext.Items"/>: both the rate limiter (keyed callers are exempt) and <see cref="ApiKeyMiddleware"/>
/// ask, and the header is gone by the time the request is forwarded.
/// </summary>
internal static class CallerKey
{
    /// <summary>The request header carrying the key.</summary>
    public const string HeaderName = "X-Api-Key";

    private static readonly object ItemKey = new();

    /// <summary>True when the request's <see cref="HeaderName"/> is the configured API key.</summary>
    public static bool IsValid(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var known) && known is bool cached)
        {
            return cached;
        }

        var presented = context.Request.Headers[HeaderName];
        var valid = presented.Count == 1 && context.RequestServices.GetRequiredService<GatewaySecrets>().IsApiKey(presented[0] ?? string.Empty);
        context.Items[ItemKey] = valid;
        return valid;
    }
}
