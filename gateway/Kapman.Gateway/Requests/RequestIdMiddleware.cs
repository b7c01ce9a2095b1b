using System.Text.RegularExpressions;

namespace Kapman.Gateway.Requests;

/// <summary>
/// <c>X-Request-Id</c>: a well-formed id from the caller (<c>[A-Za-z0-9._:-]{1,128}</c>) is kept, anything else is
/// replaced by a new one; the id is forwarded, echoed on the response (whoever produced it) and put in the log scope.
/// </summary>
internal sealed partial class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    /// <summary>The header.</summary>
    public const string HeaderName = "X-Request-Id";

    /// <summary>Settles the id, then runs the rest of the pipeline inside its log scope.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var presented = context.Request.Headers[HeaderName];
        var id = presented is [{ } single] && WellFormed().IsMatch(single) ? single : Guid.NewGuid().ToString("N");
        context.Request.Headers[HeaderName] = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });
        using (logger.BeginScope(new Dictionary<string, object> { ["XRequestId"] = id }))
        {
            await next(context);
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9._:-]{1,128}\z")]
    private static partial Regex WellFormed();
}
