using Kapman.LanguageModels;
using Kapman.Recommendation.Core.Justification;

namespace Kapman.Recommendation.Justification;

/// <summary>
/// A model-backed writer: sends <see cref="JustificationPrompt"/> through the shared <see cref="ILanguageModel"/>, parses and validates
/// the answer (<see cref="JustificationValidator"/>) and falls back to the template, recording why, on a rejection, a timeout,
/// an error or a missing key. The key itself is never logged or stored.
/// </summary>
public abstract class ModelJustificationWriter(ILanguageModel model, TimeSpan timeout) : IJustificationWriter
{
    /// <summary>The configured model id.</summary>
    protected string Model => model.Model;

    /// <summary>Longest wait for one answer.</summary>
    protected TimeSpan Timeout { get; } = timeout;

    /// <inheritdoc />
    public async Task<JustificationResult> WriteAsync(JustificationFacts facts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var writer = model.Provider;
        var request = new ModelPrompt(JustificationPrompt.System, JustificationPrompt.User(facts), new ResponseSchema(JustificationSchema.Name, JustificationSchema.Json));
        var prompt = request.Archived;
        if (!model.HasKey)
        {
            return Fallback(facts, prompt, Model, $"{model.KeyVariable} is not set");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(Timeout);
        ModelCompletion completion;
        try
        {
            completion = await model.CompleteAsync(request, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Fallback(facts, prompt, Model, $"{writer} timed out after {Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Fallback(facts, prompt, Model, $"{writer} failed: {e.GetType().Name}: {e.Message}");
        }

        var (answer, parseError) = JustificationAnswerParser.Parse(completion.Text);
        var rejection = parseError ?? JustificationValidator.Validate(answer!, facts);
        return rejection is null
            ? new JustificationResult(answer!.Text, writer, completion.Model, prompt, null)
            : Fallback(facts, prompt, completion.Model, $"{writer} answer rejected: {rejection}");
    }

    private static JustificationResult Fallback(JustificationFacts facts, string prompt, string model, string reason) =>
        new(TemplateJustification.Write(facts), TemplateJustification.Writer, model, prompt, reason);
}
