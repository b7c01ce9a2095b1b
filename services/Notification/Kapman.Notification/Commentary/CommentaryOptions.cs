using System.ComponentModel.DataAnnotations;
using Kapman.LanguageModels;

namespace Kapman.Notification.Commentary;

/// <summary>
/// Configuration section <c>Kapman:Notification:Commentary</c>: which model writes the market reports. Keys never come from here: only
/// from the environment variables OPENAI_API_KEY and ANTHROPIC_API_KEY (as Recommendation's justifications); they are never logged.
/// </summary>
public sealed class CommentaryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Notification:Commentary";

    /// <summary>The message when <see cref="Provider"/> is not one of <see cref="LanguageModelFactory.Providers"/>.</summary>
    public const string ProviderMessage = Section + ":Provider must be template, openai or anthropic.";

    /// <summary>"template" (default: no model, every report is the template), "openai" or "anthropic", in any case.</summary>
    public string Provider { get; set; } = "template";

    /// <summary>Model id; none = the provider's default (gpt-4o-mini, claude-sonnet-4-20250514).</summary>
    public string? Model { get; set; }

    /// <summary>Base address of an OpenAI-compatible server (".../v1") or of the Anthropic API; null = the vendor's.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Longest wait for one report, retries included, seconds; default 60.</summary>
    [Range(0.0, 3600.0, MinimumIsExclusive = true, ErrorMessage = Section + ":TimeoutSeconds must be above 0 and at most 3600 seconds.")]
    public double TimeoutSeconds { get; set; } = 60;

    /// <summary>How many times a 429 (after its retry-after) or a 5xx is retried; default 2.</summary>
    [Range(0, 10, ErrorMessage = Section + ":MaxRetries must be 0 to 10.")]
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// New York wall time of the intraday report (e.g. <c>12:30</c>), written once per weekday session between it and the 16:00 close
    /// (<see cref="IntradayReportWorker"/>); none (default) = no intraday report.
    /// </summary>
    public TimeOnly? IntradayTime { get; set; }

    /// <summary>The shared client settings.</summary>
    public LanguageModelSettings Settings() => new(Provider, Model, Endpoint, TimeSpan.FromSeconds(TimeoutSeconds), MaxRetries);
}
