using System.Security.Cryptography;
using System.Text;

namespace Kapman.Web.Ops;

/// <summary>
/// Checks the API key an operator typed into a form against <c>KAPMAN_API_KEY</c> from the web's environment
/// (the same key the gateway requires as <c>X-Api-Key</c> under /api). Both sides are hashed with SHA-256 and
/// compared with <see cref="CryptographicOperations.FixedTimeEquals"/>, so the time taken reveals neither the
/// key's content nor its length.
/// </summary>
public sealed class ApiKeyVerifier(IConfiguration configuration)
{
    /// <summary>Configuration key (an environment variable) holding the expected key.</summary>
    public const string ConfigurationKey = "KAPMAN_API_KEY";

    /// <summary>True when the web has a key to compare with; without one every mutating form post is refused.</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(configuration[ConfigurationKey]);

    /// <summary>True when <paramref name="candidate"/> equals the configured key; false when none is configured.</summary>
    public bool Verify(string? candidate)
    {
        var expected = configuration[ConfigurationKey];
        if (string.IsNullOrEmpty(expected) || candidate is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
    }
}
