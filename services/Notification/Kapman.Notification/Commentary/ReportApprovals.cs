using System.Globalization;
using Kapman.Notification.Application;
using Kapman.Notification.Commentary.Data;
using Kapman.Notification.Core;
using Kapman.Notification.Core.Commentary;
using Kapman.Notification.Core.Routing;
using Kapman.Notification.Core.Telegram;
using Kapman.Notification.Data.Telegram;
using Kapman.Notification.Telegram;
using Kapman.Notification.Telegram.BotApi;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Commentary;

/// <summary>
/// A report's approval before any distribution (seed 004 §8: "Telegram approval required before dissemination"): sent to every
/// allow-listed chat with Approve / Reject buttons (callback data with the report subject, <see cref="CallbackData"/>), once per report and
/// chat (<see cref="TelegramStore"/>'s message claim, as for recommendations); without Telegram it waits PENDING_APPROVAL for
/// <c>POST /commentary/reports/{id}/approve</c>. The decision is claimed once (<see cref="CommentaryReportStore.DecideAsync"/>) whichever
/// path comes first; an approved report is emailed through <see cref="EmailDispatcher"/> (at most once by its dedup key), marked with its
/// source and model.
/// </summary>
public sealed class ReportApprovals(
    IOptions<TelegramOptions> telegram, TelegramStore messages, BotApiClient bot, CommentaryReportStore reports, EmailDispatcher email, ILogger<ReportApprovals> logger)
{
    /// <summary>Ticker column of a report's row in <c>telegram_messages</c> (reports have none).</summary>
    public const string TelegramSubject = "REPORT";

    /// <summary>Sends <paramref name="report"/> for approval to each allow-listed chat it has not gone to; nothing while Telegram is disabled.</summary>
    public async Task<int> SendAsync(CommentaryReportDto report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var settings = telegram.Value;
        if (!settings.Enabled || report.Text is null)
        {
            return 0;
        }

        var text = ApprovalText(report);
        InlineButton[] buttons =
        [
            new("Approve", new CallbackData(CallbackAction.Approve, report.Id, CallbackSubject.Report).Encode()),
            new("Reject", new CallbackData(CallbackAction.Reject, report.Id, CallbackSubject.Report).Encode()),
        ];
        var sent = 0;
        foreach (var chat in settings.AllowedChatIds.Distinct())
        {
            if (!await messages.ClaimMessageAsync(report.Id, chat, report.SessionDate, TelegramSubject, text, ct))
            {
                continue;
            }

            try
            {
                var result = await bot.SendMessageAsync(chat, text, buttons, ct);
                await messages.RecordMessageAsync(report.Id, chat, "SENT", result.MessageId, null);
                sent++;
            }
            catch (BotApiException ex)
            {
                await messages.RecordMessageAsync(report.Id, chat, "FAILED", null, ex.Message);
                CommentaryLog.NotSent(logger, ex, report.Id, chat, "FAILED");
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                await messages.RecordMessageAsync(report.Id, chat, "SENDING", null, "outcome unknown: " + ex.GetType().Name);
                CommentaryLog.NotSent(logger, ex, report.Id, chat, "UNKNOWN");
                ct.ThrowIfCancellationRequested();
            }
        }

        return sent;
    }

    /// <summary>
    /// Approves or rejects report <paramref name="id"/> once; an approval emails it. An approve of a report already APPROVED whose email
    /// was refused (SMTP said no, so it certainly did not go out) tries the email again; anything else already decided does nothing.
    /// </summary>
    public async Task<ReportDecision> DecideAsync(Guid id, bool approve, string decidedBy, CancellationToken ct)
    {
        if (!await reports.DecideAsync(id, approve ? "APPROVED" : "REJECTED", decidedBy, ct))
        {
            var existing = await reports.FindAsync(id, ct);
            if (approve && existing is { State: "APPROVED" })
            {
                await DistributeAsync(existing, ct);
            }

            return existing switch
            {
                null => ReportDecision.NotFound,
                { State: "WRITING" } => ReportDecision.NotReady,
                _ => ReportDecision.AlreadyDecided,
            };
        }

        CommentaryLog.Decided(logger, id, approve ? "APPROVED" : "REJECTED", decidedBy);
        if (approve)
        {
            await DistributeAsync((await reports.FindAsync(id, ct))!, ct);
        }

        return approve ? ReportDecision.Approved : ReportDecision.Rejected;
    }

    /// <summary>Emails an approved report (at most once by its dedup key) and marks it DISTRIBUTED; a refused email leaves it APPROVED.</summary>
    private async Task DistributeAsync(CommentaryReportDto report, CancellationToken ct)
    {
        DispatchOutcome outcome;
        try
        {
            outcome = await email.DispatchAsync(Email(report), ct);
        }
        catch (EmailNotSentException ex)
        {
            CommentaryLog.EmailRefused(logger, ex, report.Id);
            return;
        }

        // NotRouted: the routing table sends AI reports by no email, so there is nothing more to distribute.
        if (outcome is DispatchOutcome.Sent or DispatchOutcome.Logged or DispatchOutcome.AlreadyHandled or DispatchOutcome.NotRouted)
        {
            await reports.DistributedAsync(report.Id);
        }
    }

    /// <summary>The email of an approved report: its text, then its source and model.</summary>
    public static ComposedMessage Email(CommentaryReportDto report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = ReportKinds.Title(report.Kind);
        return new ComposedMessage(
            "commentary:" + report.Id.ToString("N", CultureInfo.InvariantCulture), "COMMENTARY", report.SessionDate, null,
            string.Create(CultureInfo.InvariantCulture, $"[Kapman] {title} {report.SessionDate:yyyy-MM-dd} ({report.Source}, {report.Model})"),
            string.Create(CultureInfo.InvariantCulture, $"{report.Text}\n\n--\nSource: {report.Source} ({Label(report.Source)}), model {report.Model}. Approved by {report.DecidedBy}."),
            Route: RouteKinds.AiReport);
    }

    private static string Label(string? source) => source == "MODEL" ? "written by the model, checked against the facts" : "template built from the facts";

    private static string ApprovalText(CommentaryReportDto report)
    {
        var head = string.Create(CultureInfo.InvariantCulture,
            $"{ReportKinds.Title(report.Kind)} {report.SessionDate:yyyy-MM-dd} for approval ({report.Source}, {report.Model})\n\n");
        var room = ApprovalMessage.MaxTextLength - head.Length - 200;
        return head + (report.Text!.Length <= room ? report.Text : report.Text[..room] + "… (full text in the web UI)");
    }
}
