using Kapman.Notification.Core.Commentary;

namespace Kapman.Notification.Commentary.Data;

/// <summary>What a finished writing stores with the report.</summary>
/// <param name="FactsSession">The session whose facts were used.</param>
/// <param name="Facts">The facts.</param>
/// <param name="Source">MODEL or TEMPLATE.</param>
/// <param name="Provider">openai, anthropic or template.</param>
/// <param name="Model">The model as it reported itself, the configured one when it failed, or the template version.</param>
/// <param name="PromptVersion">The prompt's version.</param>
/// <param name="Prompt">The prompt (system, user), or null when no model was asked.</param>
/// <param name="ModelText">A rejected model text, or null.</param>
/// <param name="Rejection">Why the model's text was not used, or null.</param>
/// <param name="Text">The report.</param>
public sealed record WrittenReport(
    DateOnly FactsSession, SessionFacts Facts, string Source, string Provider, string Model, string PromptVersion, string? Prompt, string? ModelText,
    string? Rejection, string Text);
