using System.Security.Cryptography;
using System.Text;
using Kapman.ServiceDefaults.Security;

namespace Kapman.Execution.Trading;

/// <summary>
/// Whether a call was made with the operator's API key (<c>KAPMAN_API_KEY</c>): what a kill-switch reset and a live order
/// need. Two proofs count. Through the gateway, the key itself never arrives (the gateway strips it), but the gateway
/// forwards a mutating <c>/api</c> call only after checking the key, and only it holds the gateway credential; so a
/// mutating call carrying a valid <see cref="GatewayCredential"/> was keyed. Straight at the service (tests, an operator
/// on the host), <c>X-Api-Key</c> itself. Both are compared as SHA-256 digests in fixed time; with neither configured
/// nothing is authorised.
/// </summary>
public sealed class OperatorKey(IConfiguration configuration)
{
    /// <summary>The request header.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The configuration key (an environment variable).</summary>
    public const string ConfigurationKey = "KAPMAN_API_KEY";

    private readonly byte[]? expectedKey = Digest(configuration[ConfigurationKey]);
    private readonly byte[]? expectedGatewayToken = Digest(configuration[GatewayCredential.ConfigurationKey]);

    /// <summary>True when <paramref name="request"/> was made with the operator's key (see the type's remarks).</summary>
    public bool IsPresented(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Matches(request.Headers[HeaderName], expectedKey)
            || (!GatewayCredential.IsSafeMethod(request.Method) && Matches(request.Headers[GatewayCredential.HeaderName], expectedGatewayToken));
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues presented, byte[]? expected) =>
        expected is not null && presented.Count == 1
        && CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.UTF8.GetBytes(presented[0] ?? string.Empty)));

    private static byte[]? Digest(string? secret) => secret is { Length: > 0 } ? SHA256.HashData(Encoding.UTF8.GetBytes(secret)) : null;
}
