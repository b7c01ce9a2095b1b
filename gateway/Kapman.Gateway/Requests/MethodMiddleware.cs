namespace Kapman.Gateway.Requests;

/// <summary>
/// Only GET, HEAD, OPTIONS, POST, PUT, PATCH and DELETE exist here, matched in any case as ASP.NET does (<c>post</c>,
/// <c>Post</c> and <c>pOST</c> are POST) and forwarded upper-cased, so a check made on one spelling cannot be dodged
/// with another. Any other method (<c>FOO</c>, <c>TRACE</c>, <c>PROPFIND</c>, ...) is a 405 problem with <c>Allow</c>, on
/// every path, with or without a key.
/// </summary>
internal sealed class MethodMiddleware(RequestDelegate next)
{
    private static readonly string[] Known =
    [
        HttpMethods.Get, HttpMethods.Head, HttpMethods.Options, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete,
    ];

    private static readonly string Allow = string.Join(", ", Known);

    /// <summary>Upper-cases a known method, refuses any other.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = Array.Find(Known, known => string.Equals(known, context.Request.Method, StringComparison.OrdinalIgnoreCase));
        if (method is null)
        {
            context.Response.Headers.Allow = Allow;
            return GatewayProblem.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Method Not Allowed", "method not supported");
        }

        context.Request.Method = method;
        return next(context);
    }
}
