using Kapman.Recommendation.Core.Justification;

namespace Kapman.Recommendation.Justification;

/// <summary>
/// A model-backed writer: sends <see cref="JustificationPrompt"/>, parses and validates the answer
/// (<see cref="JustificationValidator"/>) and falls back to the template, recording why, on a rejection, a timeout,
/// an error or a missing key. The key itself is never logged or stored.
/// </summary>
public abstract class ModelJustificationWriter(string writer, string model, string? apiKey, TimeSpan timeout, string keyVariable) : IJustificationWriter
{
    /// <summary>The configured model id.</summary>
    protected string Model { get; } = model;

    /// <summary>Longest wait for one answer.</summary>
    protected TimeSpan Timeout { get; } = timeout;

    /// <summary>Asks the model; returns its text and the model id it reports.</summary>
    protected abstract Task<(string Text, string Model)> CompleteAsync(string apiKey, string system, string user, CancellationToken ct);

    /// <inheritdoc />
    public async Task<JustificationResult> WriteAsync(JustificationFacts facts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var user = JustificationPrompt.User(facts);
        var prompt = JustificationPrompt.System + "\n\n" + user;
        if (string.IsNullOrEmpty(apiKey))
        {
            return Fallback(facts, prompt, Model, $"{keyVariable} is not set");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(Timeout);
        string text, answeredBy;
        try
        {
            (text, answeredBy) = await CompleteAsync(apiKey, JustificationPrompt.System, user, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Fallback(facts, prompt, Model, $"{writer} timed out after {Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Fallback(facts, prompt, Model, $"{writer} failed: {e.GetType().Name}: {e.Message}");
        }

        var (answer, parseError) = JustificationAnswerParser.Parse(text);
        var rejection = parseError ?? JustificationValidator.Validate(answer!, facts);
        return rejection is null
            ? new JustificationResult(answer!.Text, writer, answeredBy, prompt, null)
            : Fallback(facts, prompt, answeredBy, $"{writer} answer rejected: {rejection}");
    }

    private static JustificationResult Fallback(JustificationFacts facts, string prompt, string model, string reason) =>
        new(TemplateJustification.Write(facts), TemplateJustification.Writer, model, prompt, reason);
}
