using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Telegram.BotApi;

/// <summary>
/// A small client of the Telegram Bot API (https://core.telegram.org/bots/api): every call is <c>POST {ApiBaseUrl}/bot{token}/{method}</c>
/// with a JSON body and answers <c>{"ok":...}</c>. A 429 is waited out by its <c>parameters.retry_after</c> and repeated, up to
/// <see cref="TelegramOptions.MaxRateLimitRetries"/> times (a 429 means the request was not carried out, so repeating it sends nothing
/// twice); any other refusal throws <see cref="BotApiException"/>. The request URL holds the token: it is never logged or put into an
/// exception (the named client <see cref="ClientName"/> has no HttpClient loggers and its spans are filtered, see TelegramExtensions).
/// </summary>
public sealed class BotApiClient(IHttpClientFactory factory, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<BotApiClient> logger)
{
    /// <summary>Name of the HttpClient the factory configures for the Bot API.</summary>
    public const string ClientName = "telegram-bot-api";

    private static readonly string[] CallbackQueriesOnly = ["callback_query"];

    /// <summary><c>sendMessage</c> with one row of inline buttons; returns the sent message.</summary>
    public Task<BotMessage> SendMessageAsync(long chatId, string text, IReadOnlyList<InlineButton> buttons, CancellationToken ct) =>
        CallAsync<BotMessage>("sendMessage", new { ChatId = chatId, Text = text, ReplyMarkup = new { InlineKeyboard = new[] { buttons } } }, null, ct);

    /// <summary>
    /// <c>sendMessage</c> without buttons, the text parsed as <paramref name="parseMode"/> (<c>HTML</c> or <c>MarkdownV2</c>; the caller escapes
    /// it); link previews are off. Returns the sent message.
    /// </summary>
    public Task<BotMessage> SendTextAsync(long chatId, string text, string parseMode, CancellationToken ct) =>
        CallAsync<BotMessage>("sendMessage", new { ChatId = chatId, Text = text, ParseMode = parseMode, LinkPreviewOptions = new { IsDisabled = true } }, null, ct);

    /// <summary>
    /// <c>getUpdates</c> long polling: updates from <paramref name="offset"/> on (which confirms every earlier one), waiting up to
    /// <paramref name="timeoutSeconds"/> for one to arrive, callback queries only.
    /// </summary>
    public Task<IReadOnlyList<BotUpdate>> GetUpdatesAsync(long offset, int timeoutSeconds, CancellationToken ct) =>
        CallAsync<IReadOnlyList<BotUpdate>>("getUpdates", new { Offset = offset, Timeout = timeoutSeconds, AllowedUpdates = CallbackQueriesOnly },
            TimeSpan.FromSeconds(timeoutSeconds + 15), ct);

    /// <summary><c>answerCallbackQuery</c>: stops the button's progress indicator and shows <paramref name="text"/> (0-200 characters) to the presser.</summary>
    public Task<bool> AnswerCallbackQueryAsync(string callbackQueryId, string text, CancellationToken ct) =>
        CallAsync<bool>("answerCallbackQuery", new { CallbackQueryId = callbackQueryId, Text = text.Length <= 200 ? text : text[..200] }, null, ct);

    /// <summary><c>editMessageText</c> without <c>reply_markup</c>, which also removes the inline buttons.</summary>
    public Task<JsonElement> EditMessageTextAsync(long chatId, long messageId, string text, CancellationToken ct) =>
        CallAsync<JsonElement>("editMessageText", new { ChatId = chatId, MessageId = messageId, Text = text }, null, ct);

    /// <summary>
    /// <c>setWebhook</c>: Telegram then POSTs each update (callback queries only) to <paramref name="url"/> with the header
    /// <c>X-Telegram-Bot-Api-Secret-Token: {secretToken}</c>, and <c>getUpdates</c> stops working until <c>deleteWebhook</c>. Pending
    /// updates are kept (<c>drop_pending_updates</c> false): a press made while the service was switching is still delivered.
    /// </summary>
    public Task<bool> SetWebhookAsync(Uri url, string secretToken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        return CallAsync<bool>("setWebhook", new { Url = url.AbsoluteUri, SecretToken = secretToken, AllowedUpdates = CallbackQueriesOnly, DropPendingUpdates = false }, null, ct);
    }

    /// <summary><c>deleteWebhook</c> keeping pending updates (<c>drop_pending_updates</c> false), so <c>getUpdates</c> returns them.</summary>
    public Task<bool> DeleteWebhookAsync(CancellationToken ct) =>
        CallAsync<bool>("deleteWebhook", new { DropPendingUpdates = false }, null, ct);

    /// <summary><c>getWebhookInfo</c>: the webhook now set (an empty <see cref="BotWebhookInfo.Url"/> when none).</summary>
    public Task<BotWebhookInfo> GetWebhookInfoAsync(CancellationToken ct) =>
        CallAsync<BotWebhookInfo>("getWebhookInfo", new { }, null, ct);

    private async Task<T> CallAsync<T>(string method, object payload, TimeSpan? timeout, CancellationToken ct)
    {
        var settings = options.Value;
        var url = new Uri($"{settings.ApiBaseUrl.AbsoluteUri.TrimEnd('/')}/bot{settings.BotToken}/{method}");
        var http = factory.CreateClient(ClientName);
        for (var attempt = 0; ; attempt++)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(payload, payload.GetType(), options: BotJson.Options) };
            request.Options.Set(TelegramExtensions.BotApiRequest, true);
            using var response = await http.SendAsync(request, limit.Token);
            BotResponse<T>? answer;
            try
            {
                answer = await response.Content.ReadFromJsonAsync<BotResponse<T>>(BotJson.Options, limit.Token);
            }
            catch (JsonException)
            {
                answer = null;
            }

            if (answer is { Ok: true, Result: not null })
            {
                return answer.Result;
            }

            var code = answer?.ErrorCode ?? (int)response.StatusCode;
            var description = answer?.Description ?? "the answer is not a Bot API response";
            if (code == 429 && attempt < settings.MaxRateLimitRetries && answer?.Parameters?.RetryAfter is { } wait && wait <= settings.MaxRetryAfterSeconds)
            {
                TelegramLog.RateLimited(logger, method, wait, attempt + 1);
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(wait, 0)), clock, ct);
                continue;
            }

            throw new BotApiException(method, code, description);
        }
    }
}
