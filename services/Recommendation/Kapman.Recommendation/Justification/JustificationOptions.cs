using System.ComponentModel.DataAnnotations;

namespace Kapman.Recommendation.Justification;

/// <summary>
/// Configuration section <c>Kapman:Recommendation:Justification</c>. Keys never come from here: only from the
/// environment variables OPENAI_API_KEY and ANTHROPIC_API_KEY. An invalid value stops the service at start.
/// </summary>
public sealed class JustificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Recommendation:Justification";

    /// <summary>The message when <see cref="Provider"/> is not one of <see cref="JustificationWriterFactory.Providers"/>.</summary>
    public const string ProviderMessage = Section + ":Provider must be template, openai or anthropic.";

    /// <summary>"template" (default), "openai" or "anthropic", in any case.</summary>
    public string Provider { get; set; } = "template";

    /// <summary>Model id, e.g. "gpt-4o-mini" or "claude-sonnet-4-20250514"; none = the provider's default.</summary>
    public string? Model { get; set; }

    /// <summary>Base address of an OpenAI-compatible server (".../v1") or of the Anthropic API; null = the vendor's.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Longest wait for one answer, seconds, above 0 and at most 3600; default 30.</summary>
    [Range(0.0, 3600.0, MinimumIsExclusive = true, ErrorMessage = Section + ":TimeoutSeconds must be above 0 and at most 3600 seconds.")]
    public double TimeoutSeconds { get; set; } = 30;
}
