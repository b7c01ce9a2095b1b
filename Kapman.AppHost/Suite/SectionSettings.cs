using Microsoft.Extensions.Configuration;

namespace Kapman.AppHost.Suite;

/// <summary>
/// Settings of the operator's environment that the AppHost hands on to one service: every non-blank value under the given configuration
/// sections, by environment name (<c>Kapman:Telegram:Enabled</c> → <c>Kapman__Telegram__Enabled</c>). Unset values are not passed, so the
/// service's own defaults hold.
/// </summary>
public static class SectionSettings
{
    /// <summary>Environment name → value of each setting present under <paramref name="sections"/>, in ordinal order.</summary>
    public static IReadOnlyDictionary<string, string> Read(IConfiguration configuration, params string[] sections)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            foreach (var (key, value) in configuration.GetSection(section).AsEnumerable())
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    settings[key.Replace(":", "__", StringComparison.Ordinal)] = value;
                }
            }
        }

        return settings;
    }
}
