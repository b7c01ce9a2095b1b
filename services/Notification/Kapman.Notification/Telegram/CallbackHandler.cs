using Kapman.Notification.Commentary;
using Kapman.Notification.Core.Telegram;
using Kapman.Notification.Data.Telegram;
using Kapman.Notification.Telegram.BotApi;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Telegram;

/// <summary>
/// Obeys a press of Approve or Reject (issue 20 item 2). Only a press in an allow-listed chat acts, and at most once per recommendation
/// (<see cref="TelegramStore.ClaimDecisionAsync"/>): Approve calls execution (<see cref="ExecutionApprovalClient"/>), Reject is recorded in
/// notification only (execution has no reject endpoint). Every press is answered (<c>answerCallbackQuery</c>); a decision also replaces
/// the message's buttons by the outcome (<c>editMessageText</c>). A failed approval keeps the buttons, so it can be pressed again.
/// </summary>
/// <remarks>A market report's button (<see cref="CallbackSubject.Report"/>) goes to <see cref="ReportCallbackHandler"/> after the allow-list check.</remarks>
public sealed class CallbackHandler(
    IOptions<TelegramOptions> options, TelegramStore store, BotApiClient bot, ExecutionApprovalClient execution, ILogger<CallbackHandler> logger,
    ReportCallbackHandler? reports = null)
{
    /// <summary>The answer to a press in a chat that is not on the allow-list.</summary>
    public const string NotAllowed = "Not allowed: this chat is not on the allow-list.";

    /// <summary>Handles one callback query.</summary>
    public async Task HandleAsync(BotCallbackQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var chat = query.Message?.Chat.Id;
        if (!CallbackData.TryParse(query.Data, out var data))
        {
            await bot.AnswerCallbackQueryAsync(query.Id, "This button is not known.", ct);
            return;
        }

        if (chat is not { } chatId || !options.Value.AllowedChatIds.Contains(chatId))
        {
            TelegramLog.Callback(logger, data.Action.ToString(), data.RecommendationId, chat, "not allowed");
            await bot.AnswerCallbackQueryAsync(query.Id, NotAllowed, ct);
            return;
        }

        if (data.Subject == CallbackSubject.Report)
        {
            await (reports?.HandleAsync(query, data, ct) ?? bot.AnswerCallbackQueryAsync(query.Id, "This button is not known.", ct));
            return;
        }

        var id = data.RecommendationId;
        var held = await store.ClaimDecisionAsync(id, data.Action == CallbackAction.Approve ? "APPROVING" : "REJECTED", chatId, query.From.Id, query.Id, ct);
        if (held is not null)
        {
            TelegramLog.Callback(logger, data.Action.ToString(), id, chatId, "already " + held);
            await bot.AnswerCallbackQueryAsync(query.Id, Already(held), ct);
            return;
        }

        var who = query.From.Username is { } user ? "@" + user : query.From.FirstName ?? query.From.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (data.Action == CallbackAction.Reject)
        {
            TelegramLog.Callback(logger, "Reject", id, chatId, "rejected");
            await bot.AnswerCallbackQueryAsync(query.Id, "Rejected (recorded in notification only: execution has no reject endpoint).", ct);
            await EditAsync(query, $"Rejected by {who}. Recorded in notification only: execution has no reject endpoint, so it still lists the recommendation as pending.", ct);
            return;
        }

        ApprovalResult result;
        try
        {
            result = await execution.ApproveAsync(id, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            result = new ApprovalResult(null, "execution could not be reached: " + ex.GetType().Name);
        }

        await store.RecordDecisionAsync(id, result.OrderId is null ? "FAILED" : "APPROVED", result.OrderId, result.Error);
        TelegramLog.Callback(logger, "Approve", id, chatId, result.OrderId is { } placed ? "approved, order " + placed : "failed: " + result.Error);
        if (result.OrderId is { } order)
        {
            await bot.AnswerCallbackQueryAsync(query.Id, $"Approved: order {order}", ct);
            await EditAsync(query, $"Approved by {who}: execution order {order}.", ct);
        }
        else
        {
            await bot.AnswerCallbackQueryAsync(query.Id, $"Approval failed: {result.Error}", ct);
        }
    }

    private static string Already(string decision) => decision switch
    {
        "APPROVED" => "Already approved.",
        "REJECTED" => "Already rejected.",
        _ => "The approval is in progress.",
    };

    private async Task EditAsync(BotCallbackQuery query, string outcome, CancellationToken ct)
    {
        if (query.Message is not { } message)
        {
            return;
        }

        try
        {
            await bot.EditMessageTextAsync(message.Chat.Id, message.MessageId, ApprovalMessage.WithOutcome(message.Text, outcome), ct);
        }
        catch (BotApiException ex)
        {
            // The decision stands; only its display failed (e.g. the message is too old to edit).
            TelegramLog.EditFailed(logger, ex, message.Chat.Id, message.MessageId);
        }
    }
}
