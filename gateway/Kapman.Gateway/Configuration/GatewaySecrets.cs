using System.Security.Cryptography;
using System.Text;
using Kapman.ServiceDefaults.Security;

namespace Kapman.Gateway.Configuration;

/// <summary>
/// The two secrets the gateway cannot run without, read once from configuration (environment variables):
/// <c>KAPMAN_API_KEY</c>, which callers present as <c>X-Api-Key</c>, and <c>KAPMAN_GATEWAY_TOKEN</c>, which the gateway
/// presents to the services. Only the key's SHA-256 digest is kept. Neither is ever logged or printed.
/// </summary>
internal sealed class GatewaySecrets
{
    /// <summary>Variable holding the API key.</summary>
    public const string ApiKeyVariable = "KAPMAN_API_KEY";

    private readonly byte[] apiKeyDigest;

    private GatewaySecrets(byte[] apiKeyDigest, string gatewayToken)
    {
        this.apiKeyDigest = apiKeyDigest;
        GatewayToken = gatewayToken;
    }

    /// <summary>The credential added to every request forwarded to a service (<see cref="GatewayCredential.HeaderName"/>).</summary>
    public string GatewayToken { get; }

    /// <summary>
    /// Reads both secrets; null (and <paramref name="problem"/> saying which variable is missing) when either is unset
    /// or empty.
    /// </summary>
    public static GatewaySecrets? Read(IConfiguration configuration, out string problem)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var apiKey = configuration[ApiKeyVariable];
        var token = configuration[GatewayCredential.ConfigurationKey];
        var missing = new[] { (ApiKeyVariable, apiKey), (GatewayCredential.ConfigurationKey, token) }
            .Where(secret => string.IsNullOrEmpty(secret.Item2))
            .Select(secret => secret.Item1 + " must be set to a non-empty value")
            .ToList();
        problem = string.Join(Environment.NewLine, missing);
        return missing.Count == 0 ? new GatewaySecrets(Digest(apiKey!), token!) : null;
    }

    /// <summary>
    /// Whether <paramref name="presented"/> is the API key. The digests are compared with
    /// <see cref="CryptographicOperations.FixedTimeEquals"/>: the time taken depends on neither the key nor its length.
    /// </summary>
    public bool IsApiKey(string presented) => CryptographicOperations.FixedTimeEquals(apiKeyDigest, Digest(presented));

    private static byte[] Digest(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
