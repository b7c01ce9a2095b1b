namespace Kapman.Recommendation.Justification;

/// <summary>
/// Configuration section <c>Kapman:Recommendation:Justification</c>. Keys never come from here: only from the
/// environment variables OPENAI_API_KEY and ANTHROPIC_API_KEY.
/// </summary>
public sealed class JustificationOptions
{
    /// <summary>"template" (default), "openai" or "anthropic".</summary>
    public string Provider { get; set; } = "template";

    /// <summary>Model id, e.g. "gpt-4o-mini" or "claude-sonnet-4-20250514".</summary>
    public string? Model { get; set; }

    /// <summary>Base address of an OpenAI-compatible server (".../v1") or of the Anthropic API; null = the vendor's.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Longest wait for one answer, seconds.</summary>
    public double TimeoutSeconds { get; set; } = 30;
}
