namespace Kapman.LanguageModels;

/// <summary>What is sent to a model.</summary>
/// <param name="System">The system message (rules).</param>
/// <param name="User">The user message (the facts).</param>
/// <param name="Schema">A JSON schema the answer must follow (OpenAI strict structured output; Anthropic gets it in the system text), or null for free text.</param>
public sealed record ModelPrompt(string System, string User, ResponseSchema? Schema = null)
{
    /// <summary>The prompt as archived: system, a blank line, user.</summary>
    public string Archived => System + "\n\n" + User;
}
