using System.Globalization;
using System.Text;
using Kapman.Notification.Core.Email;

namespace Kapman.Notification.Core;

/// <summary>Subjects, bodies and dedup keys of Kapman's emails (rules quoted from docs/domain/wyckoff-scores.md#decision-rules (seed 000 §11.4)).</summary>
public static class MessageComposer
{
    /// <summary>Alert kind for BC ≥ 24.</summary>
    public const string BcExit = "BC_EXIT";

    /// <summary>Kind of the end-of-run summary.</summary>
    public const string RunSummary = "RUN_SUMMARY";

    /// <summary>
    /// An alert email. Keyed by kind, ticker and session so a rerun of the session, or a redelivered event,
    /// never mails the same alert twice. <paramref name="score"/> is BC (0-28) for BC_EXIT and SOW_REDUCE, else Spring (0-12); the words
    /// of each kind are <see cref="AlertWording"/>'s.
    /// </summary>
    public static ComposedMessage Alert(string kind, string ticker, int score, DateOnly session)
    {
        var day = Day(session);
        return new ComposedMessage($"alert:{kind}:{ticker}:{day}", kind, session, ticker, AlertWording.Title(kind, ticker, score),
            AlertWording.Explanation(kind, ticker, score, day));
    }

    /// <summary>
    /// An execution alert (reconciliation mismatch and safe mode, or a blocked hard-stop flatten): the subject is the alert's summary,
    /// the body one line per difference. Keyed by kind, session and the differences themselves (a SHA-256 of the details, in any order),
    /// so a redelivered or replayed event, and every later reconciliation pass that finds the same differences on the same session, mails
    /// nothing new; a new difference mails again (issue 20 item 6: once per subject and session).
    /// </summary>
    public static ComposedMessage ExecutionAlert(string kind, string summary, IReadOnlyList<string> details, DateOnly session, DateTimeOffset raisedAt)
    {
        ArgumentNullException.ThrowIfNull(details);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Execution raised {kind} at {raisedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC.\n");
        foreach (var line in details)
        {
            body.Append("- ").Append(line).Append('\n');
        }

        body.Append("An operator must look: the execution journal (GET /api/execution/journal) has the full record.");
        var subject = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes(string.Join('\n', details.Order(StringComparer.Ordinal)))))[..16];
        return new ComposedMessage($"execution:{kind}:{Day(session)}:{subject}", kind, session, null, summary, body.ToString());
    }

    /// <summary>
    /// The end-of-run summary, keyed by session: one per session however many runs it has. With
    /// <paramref name="lines"/>, the body lists each new recommendation (ticker, strategy, action, first leg,
    /// confidence) and each no-trade with its reason.
    /// </summary>
    public static ComposedMessage Summary(DateOnly session, int issued, int noTrade, IReadOnlyList<SummaryLine>? lines = null)
    {
        var day = Day(session);
        var body = new StringBuilder(
            $"The daily pipeline for {day} finished.\nRecommendations naming a listed contract: {issued}\n" +
            $"No-trade decisions, each with its reason: {noTrade}\n");
        var trades = lines?.Where(l => l.Status == "ISSUED").ToList() ?? [];
        var skipped = lines?.Where(l => l.Status != "ISSUED").ToList() ?? [];
        if (trades.Count > 0)
        {
            body.Append("\nNew recommendations:\n");
            foreach (var l in trades)
            {
                body.Append(CultureInfo.InvariantCulture, $"- {l.Ticker}: {l.Strategy} {l.Direction} {l.Action} {l.OccSymbol}, confidence {l.ConfidenceText}\n");
            }
        }

        if (skipped.Count > 0)
        {
            body.Append("\nNo trade:\n");
            foreach (var l in skipped)
            {
                body.Append(CultureInfo.InvariantCulture, $"- {l.Ticker}: {l.NoTradeReason}\n");
            }
        }

        body.Append("\nDetails are on the Today page of the dashboard.");
        var subject = $"Kapman {day}: {issued} recommendations, {noTrade} no-trade";
        return new ComposedMessage($"summary:{day}", RunSummary, session, null, subject, body.ToString(),
            SummaryHtml.Render(subject, day, issued, noTrade, trades, skipped));
    }

    /// <summary>Kind of the ops alert for a message parked in an <c>_error</c> queue.</summary>
    public const string PipelineFault = "PIPELINE_FAULT";

    /// <summary>
    /// The ops alert for a pipeline message that failed every retry: which run, session and stage, the queue it waits in,
    /// the reason, and what to do. Keyed by run, queue and time of the fault, so each parked message alerts once.
    /// </summary>
    /// <param name="stage">The stage the consumer performs, or null when the consumer is not a stage.</param>
    public static ComposedMessage Fault(Guid runId, DateOnly session, string? stage, string errorQueue, string messageType, string reason, DateTimeOffset faultedAt)
    {
        var day = Day(session);
        var what = stage is null ? $"a {messageType} message" : $"the {stage} stage";
        var body =
            $"Run {runId} for the {day} session: {what} failed after every retry.\n" +
            $"Reason: {reason}\n" +
            $"The {messageType} message waits in {errorQueue}. Fix the cause, then re-drive the queue from the Ops page; " +
            "the run resumes from that stage and nothing is processed twice.";
        return new ComposedMessage(
            string.Create(CultureInfo.InvariantCulture, $"fault:{runId:N}:{errorQueue}:{faultedAt.UtcTicks}"), PipelineFault, session, null,
            $"Kapman {day}: {stage ?? messageType} failed, message parked in {errorQueue}", body);
    }

    private static string Day(DateOnly session) => session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
