using System.Text.Json;

namespace Kapman.Recommendation.Core.Justification;

/// <summary>The system and user messages sent to a model: the rules, the schema, the facts and the allowed contracts as JSON.</summary>
public static class JustificationPrompt
{
    /// <summary>Version of the prompt text, stored with each recommendation.</summary>
    public const string Version = "justification-prompt-1";

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = false };

    /// <summary>The system message: role, rules and the answer schema.</summary>
    public static string System { get; } =
        "You write the justification of an options trade suggestion for a trading desk. Use ONLY the facts given. "
        + "Name no contract, strike or expiry outside allowed_contracts; state no number that is not in the facts. "
        + "The system suggests and never executes. Answer with one JSON object matching this schema and nothing else:\n"
        + JustificationSchema.Json;

    /// <summary>The user message: the facts as JSON (snake_case; allowed_contracts lists every nameable contract).</summary>
    public static string User(JustificationFacts facts) =>
        "Facts:\n" + JsonSerializer.Serialize(facts, Options);
}
