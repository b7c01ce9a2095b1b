using System.Text.Json;
using Kapman.LanguageModels;

namespace Kapman.Notification.Core.Commentary;

/// <summary>
/// The messages a model writes a report from (seed 004 §8: the AI commentator's pre-market, intraday and post-market reports): the rules
/// as the system message, the stored facts as JSON (snake_case) as the user message. The answer is free text, checked afterwards.
/// </summary>
public static class CommentaryPrompt
{
    /// <summary>Version of the prompt text, archived with each report.</summary>
    public const string Version = "commentary-prompt-1";

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The prompt of a <paramref name="kind"/> report on <paramref name="facts"/>.</summary>
    public static ModelPrompt For(string kind, SessionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var system =
            $"You write the {ReportKinds.Title(kind).ToLowerInvariant()} of an options trading desk, in plain text, at most 150 words. "
            + "Use ONLY the facts given. Name no ticker, strike, contract, date or number that is not in the facts; do not compute new numbers "
            + "(no sums, differences or percentages of your own); numbers may be rounded. Write no words in capitals other than tickers and labels "
            + "that appear in the facts. No advice beyond the recommendations given; the system suggests and never executes.";
        return new ModelPrompt(system, $"Report: {kind}\nFacts:\n{JsonSerializer.Serialize(facts, Options)}");
    }
}
