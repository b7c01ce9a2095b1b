namespace Kapman.LanguageModels;

/// <summary>A model's answer.</summary>
/// <param name="Text">The answer's text (all text parts joined).</param>
/// <param name="Model">The model id the server reports (e.g. <c>gpt-4o-mini-2024-07-18</c>), or the configured one when it reports none.</param>
public sealed record ModelCompletion(string Text, string Model);
