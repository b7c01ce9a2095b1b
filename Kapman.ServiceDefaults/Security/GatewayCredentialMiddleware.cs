using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kapman.ServiceDefaults.Security;

/// <summary>
/// Refuses every request whose method is not GET, HEAD or OPTIONS (any case) unless it carries
/// <see cref="GatewayCredential.HeaderName"/> equal to <see cref="GatewayCredential.ConfigurationKey"/> from the
/// environment: 401 problem when the header is missing or wrong, 403 problem when the service has no token
/// configured (it fails closed rather than open). Both sides are hashed with SHA-256 and compared with
/// <see cref="CryptographicOperations.FixedTimeEquals"/>, so timing reveals neither the token nor its length.
/// The token is never logged.
/// </summary>
public sealed partial class GatewayCredentialMiddleware
{
    private readonly RequestDelegate next;
    private readonly byte[]? expectedDigest;

    /// <summary>Reads the token once and logs (without it) whether mutating calls can be accepted at all.</summary>
    public GatewayCredentialMiddleware(RequestDelegate next, IConfiguration configuration, ILogger<GatewayCredentialMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        this.next = next;
        if (configuration[GatewayCredential.ConfigurationKey] is { Length: > 0 } token)
        {
            expectedDigest = Digest(token);
            LogRequired(logger, GatewayCredential.HeaderName);
        }
        else
        {
            LogNotConfigured(logger, GatewayCredential.ConfigurationKey);
        }
    }

    /// <summary>Passes safe methods and credentialed calls on; answers every other request with a problem.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (GatewayCredential.IsSafeMethod(context.Request.Method))
        {
            return next(context);
        }

        if (expectedDigest is null)
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "Forbidden",
                $"this service accepts no changes: {GatewayCredential.ConfigurationKey} is not configured");
        }

        var presented = context.Request.Headers[GatewayCredential.HeaderName];
        if (presented.Count != 1 || !CryptographicOperations.FixedTimeEquals(expectedDigest, Digest(presented[0] ?? string.Empty)))
        {
            context.Response.Headers.WWWAuthenticate = "KapmanGateway";
            return Refuse(context, StatusCodes.Status401Unauthorized, "Unauthorized", "changes are accepted only through the gateway");
        }

        return next(context);
    }

    private static byte[] Digest(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    private static Task Refuse(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);

    [LoggerMessage(Level = LogLevel.Information, Message = "Requests other than GET, HEAD and OPTIONS require the gateway credential ({Header}).")]
    private static partial void LogRequired(ILogger logger, string header);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Variable} is not set: every request other than GET, HEAD and OPTIONS will be refused with 403.")]
    private static partial void LogNotConfigured(ILogger logger, string variable);
}
