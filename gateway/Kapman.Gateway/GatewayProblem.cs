namespace Kapman.Gateway;

/// <summary>Answers a request with an RFC 7807 problem (<c>application/problem+json</c>) produced by the gateway itself.</summary>
internal static class GatewayProblem
{
    /// <summary>Writes the problem with <paramref name="status"/>, <paramref name="title"/> and <paramref name="detail"/>.</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
