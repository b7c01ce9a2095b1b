using Microsoft.AspNetCore.Diagnostics;
using Yarp.ReverseProxy.Forwarder;

namespace Kapman.Gateway.Forwarding;

/// <summary>
/// Runs first in the proxy pipeline. A backend's own response passes untouched (status code pages are switched off for
/// it, so an empty 404 stays empty). When the gateway could not get a response, the answer is a problem+json with
/// <c>X-Kapman-Gateway-Error</c>, which lets a client (the web UI) tell "could not reach the service" from a service's
/// own 5xx: no healthy destination or connection refused → 503 <c>unavailable</c>; no answer within the cluster's
/// activity timeout → 504 <c>timeout</c>; anything else from the destination's side → 502 <c>bad-gateway</c>.
/// </summary>
internal sealed class ForwarderErrorMiddleware(RequestDelegate next)
{
    /// <summary>The header marking an error the gateway produced itself.</summary>
    public const string ErrorHeader = "X-Kapman-Gateway-Error";

    /// <summary>Forwards, then turns a forwarding failure into the marked problem.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        await next(context);
        var failure = context.GetForwarderErrorFeature();
        if (failure is null || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var (status, error, title, detail) = failure.Error switch
        {
            ForwarderError.NoAvailableDestinations => Unavailable,
            ForwarderError.Request when failure.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => Unavailable,
            ForwarderError.RequestTimedOut => (StatusCodes.Status504GatewayTimeout, "timeout", "Gateway Timeout", "the service did not answer in time"),
            _ when context.Response.StatusCode == StatusCodes.Status502BadGateway =>
                (StatusCodes.Status502BadGateway, "bad-gateway", "Bad Gateway", "the service answered with an invalid response"),
            _ => (0, string.Empty, string.Empty, string.Empty),
        };
        if (status == 0)
        {
            // The caller's side failed (e.g. a broken request body): YARP's status code stands.
            return;
        }

        context.Response.Clear();
        context.Response.Headers[ErrorHeader] = error;
        await GatewayProblem.WriteAsync(context, status, title, detail);
    }

    private static (int Status, string Error, string Title, string Detail) Unavailable =>
        (StatusCodes.Status503ServiceUnavailable, "unavailable", "Service Unavailable", "the service is unreachable");
}
