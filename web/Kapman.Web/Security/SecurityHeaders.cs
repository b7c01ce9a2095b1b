namespace Kapman.Web.Security;

/// <summary>
/// Browser hardening headers on every response of the web UI: a Content-Security-Policy that allows only the app's own
/// scripts, styles, images and XHR (htmx, lightweight-charts and ticker.js are served from <c>wwwroot</c>; the pages
/// carry no inline script, event handler or style attribute), no framing (clickjacking on the forms that take the API
/// key), no MIME sniffing and no Referer leaving the page.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// SHA-256 of the one inline <c>&lt;style&gt;</c> lightweight-charts 5.2.1 injects (the TradingView attribution logo,
    /// whose display its licence asks for). Allowing exactly that text keeps <c>'unsafe-inline'</c> out of style-src;
    /// Kapman.Web.Tests recomputes it from the bundled library, so a version bump that changes the text fails there.
    /// </summary>
    public const string ChartAttributionStyleHash = "sha256-3pRED1tOXas1FXFoPb9TGCjmYe9XQsmO9OV23khV2nY=";

    /// <summary>The Content-Security-Policy value.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' '" + ChartAttributionStyleHash + "'; img-src 'self'; "
        + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response, static files and redirects included.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
}
