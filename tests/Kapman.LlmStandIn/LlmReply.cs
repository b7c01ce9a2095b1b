namespace Kapman.LlmStandIn;

/// <summary>One scripted answer of the stand-in.</summary>
/// <param name="Status">200 for an answer, 429 for a rate limit (with <paramref name="RetryAfterSeconds"/>), 500/529 for a server error.</param>
/// <param name="Text">The assistant text of a 200.</param>
/// <param name="Model">The model id a 200 reports.</param>
/// <param name="RetryAfterSeconds">The <c>retry-after</c> header of a 429, seconds.</param>
public sealed record LlmReply(int Status, string Text, string Model, int RetryAfterSeconds = 0)
{
    /// <summary>The model id reported when none is scripted.</summary>
    public const string DefaultModel = "stand-in-model";

    /// <summary>A 200 with <paramref name="text"/>.</summary>
    public static LlmReply Answer(string text, string model = DefaultModel) => new(200, text, model);

    /// <summary>A 429 with <c>retry-after: <paramref name="seconds"/></c>.</summary>
    public static LlmReply RateLimited(int seconds) => new(429, string.Empty, DefaultModel, seconds);

    /// <summary>A server error (500 by default; Anthropic also uses 529 "overloaded").</summary>
    public static LlmReply ServerError(int status = 500) => new(status, string.Empty, DefaultModel);
}
