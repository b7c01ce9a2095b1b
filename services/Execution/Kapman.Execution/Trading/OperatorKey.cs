using System.Security.Cryptography;
using System.Text;

namespace Kapman.Execution.Trading;

/// <summary>
/// The operator's API key (<c>KAPMAN_API_KEY</c>, the key the gateway checks) presented to the service itself in <c>X-Api-Key</c>: what a
/// kill-switch reset and a live order need on top of the gateway's credential. Compared as SHA-256 digests in fixed time; with no key
/// configured nothing is authorised.
/// </summary>
public sealed class OperatorKey(IConfiguration configuration)
{
    /// <summary>The request header.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The configuration key (an environment variable).</summary>
    public const string ConfigurationKey = "KAPMAN_API_KEY";

    private readonly byte[]? expected = configuration[ConfigurationKey] is { Length: > 0 } key ? SHA256.HashData(Encoding.UTF8.GetBytes(key)) : null;

    /// <summary>True when <paramref name="request"/> carries exactly one <c>X-Api-Key</c> equal to the configured key.</summary>
    public bool IsPresented(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var presented = request.Headers[HeaderName];
        return expected is not null && presented.Count == 1
            && CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.UTF8.GetBytes(presented[0] ?? string.Empty)));
    }
}
