using Kapman.LanguageModels;
using Kapman.LanguageModels.FactChecking;
using Kapman.Notification.Commentary.Data;
using Kapman.Notification.Core.Commentary;

namespace Kapman.Notification.Commentary;

/// <summary>
/// Writes a market report from stored facts only (issue 20 item 4, seed 004 §8) and sends it for approval:
/// <list type="number">
/// <item>claim the report WRITING (committed; a pre-market or post-market report is written once per session);</item>
/// <item>load the facts (<see cref="CommentaryFactStore"/>; a pre-market report uses the last session before its date);</item>
/// <item>ask the model (<see cref="CommentaryPrompt"/>), with no database transaction open, and check its text against the facts
/// (<see cref="TextFactChecker"/>, the check trade justifications use); a text naming anything outside them, an error, a timeout or a
/// missing key gives the template (<see cref="CommentaryTemplate"/>), and the archive keeps the rejected text and the reasons;</item>
/// <item>store it PENDING_APPROVAL with its facts, prompt and model, then send it to the Telegram approval queue (<see cref="ReportApprovals"/>).</item>
/// </list>
/// </summary>
public sealed class CommentaryWriter(
    ILanguageModel? model, CommentaryFactStore facts, CommentaryReportStore reports, ReportApprovals approvals, TimeSpan timeout, ILogger<CommentaryWriter> logger)
{
    /// <summary>Writes a <paramref name="kind"/> report for <paramref name="session"/>; returns it, or the existing one of a once-per-session kind.</summary>
    public async Task<(CommentaryReportDto Report, bool Created)> WriteAsync(string kind, DateOnly session, CancellationToken ct)
    {
        if (await reports.ClaimAsync(kind, session, ct) is not { } id)
        {
            return ((await reports.FindAsync(kind, session, ct))!, false);
        }

        var factsSession = kind == ReportKinds.PreMarket ? await facts.PreviousSessionAsync(session, ct) ?? session : session;
        var sessionFacts = await facts.LoadAsync(factsSession, ct);
        var written = await ComposeAsync(kind, factsSession, sessionFacts, ct);
        await reports.CompleteAsync(id, written, ct);
        CommentaryLog.Written(logger, id, kind, session, written.Source, written.Model, written.Rejection ?? "-");
        var report = (await reports.FindAsync(id, ct))!;
        await approvals.SendAsync(report, ct);
        return (report, true);
    }

    private async Task<WrittenReport> ComposeAsync(string kind, DateOnly factsSession, SessionFacts sessionFacts, CancellationToken ct)
    {
        var template = CommentaryTemplate.Write(kind, sessionFacts);
        var prompt = CommentaryPrompt.For(kind, sessionFacts);
        WrittenReport Template(string provider, string model, string? archivedPrompt, string? modelText, string? reason) =>
            new(factsSession, sessionFacts, "TEMPLATE", provider, model, CommentaryPrompt.Version, archivedPrompt, modelText, reason, template);

        if (model is null)
        {
            return Template("template", CommentaryTemplate.Version, null, null, null);
        }

        if (!model.HasKey)
        {
            return Template(model.Provider, model.Model, prompt.Archived, null, $"{model.KeyVariable} is not set");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        ModelCompletion answer;
        try
        {
            answer = await model.CompleteAsync(prompt, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Template(model.Provider, model.Model, prompt.Archived, null, $"{model.Provider} timed out after {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Template(model.Provider, model.Model, prompt.Archived, null, $"{model.Provider} failed: {e.GetType().Name}: {e.Message}");
        }

        var text = answer.Text.Trim();
        var reasons = text.Length == 0 ? ["the answer is empty"] : TextFactChecker.Check(text, CommentaryFactSet.From(sessionFacts));
        return reasons.Count == 0
            ? new WrittenReport(factsSession, sessionFacts, "MODEL", model.Provider, answer.Model, CommentaryPrompt.Version, prompt.Archived, null, null, text)
            : Template(model.Provider, answer.Model, prompt.Archived, text, string.Join("\n", reasons));
    }
}
