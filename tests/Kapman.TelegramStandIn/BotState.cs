using System.Globalization;
using System.Text.Json.Nodes;

namespace Kapman.TelegramStandIn;

/// <summary>
/// The stand-in's memory: the token it accepts, every call, the messages sent, the pending updates (confirmed by a later
/// <c>getUpdates</c> offset, as the Bot API documents) and the 429s a test asked for. Thread-safe.
/// </summary>
public sealed class BotState(string token, TimeProvider clock)
{
    /// <summary>The bot's own user id (the number before the token's colon when there is one).</summary>
    public long BotId { get; } = long.TryParse(token.Split(':')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 1;

    private readonly Lock gate = new();
    private readonly List<RecordedCall> calls = [];
    private readonly Dictionary<(long Chat, long Message), StandInMessage> messages = [];
    private readonly List<JsonObject> updates = [];
    private readonly Dictionary<string, Queue<int>> rateLimits = new(StringComparer.Ordinal);
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long nextMessageId = 1;
    private long nextUpdateId = 500_000;
    private long nextCallbackId = 9_000;
    private readonly Dictionary<long, JsonObject> delivered = [];
    private readonly List<WebhookDelivery> deliveries = [];
    private string webhookUrl = string.Empty;
    private string? webhookSecret;
    private long? lastErrorDate;
    private string? lastErrorMessage;

    /// <summary>The token the stand-in accepts; any other is answered 401.</summary>
    public string Token { get; } = token;

    /// <summary>The clock for message dates and call times.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>Every call with the right token, in arrival order.</summary>
    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (gate)
            {
                return calls.ToArray();
            }
        }
    }

    /// <summary>The messages sent so far, by message id.</summary>
    public IReadOnlyList<StandInMessage> Messages
    {
        get
        {
            lock (gate)
            {
                return messages.Values.OrderBy(m => m.MessageId).ToArray();
            }
        }
    }

    /// <summary>The webhook URL set with <c>setWebhook</c>; empty when none is set (then <c>getUpdates</c> works).</summary>
    public string WebhookUrl
    {
        get
        {
            lock (gate)
            {
                return webhookUrl;
            }
        }
    }

    /// <summary>Every webhook POST the stand-in made, in order, with the status it got (0: no answer).</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries
    {
        get
        {
            lock (gate)
            {
                return deliveries.ToArray();
            }
        }
    }

    /// <summary>
    /// Sends an update that was already delivered to the webhook once more, with the same <c>update_id</c>, as Telegram does when it did
    /// not get the answer to its POST (a timeout or a dropped connection). False when no such update was delivered.
    /// </summary>
    public bool Redeliver(long updateId)
    {
        lock (gate)
        {
            if (!delivered.TryGetValue(updateId, out var update))
            {
                return false;
            }

            updates.Add((JsonObject)update.DeepClone());
            Signal();
            return true;
        }
    }

    /// <summary>The calls of <paramref name="method"/> answered with <paramref name="status"/> (all statuses when null).</summary>
    public IReadOnlyList<RecordedCall> CallsOf(string method, int? status = 200) =>
        Calls.Where(c => c.Method == method && (status is null || c.Status == status)).ToArray();

    /// <summary>Answers the next <paramref name="count"/> calls of <paramref name="method"/> with 429 and <c>retry_after</c> = <paramref name="retryAfterSeconds"/>.</summary>
    public void RateLimitNext(string method, int retryAfterSeconds, int count = 1)
    {
        lock (gate)
        {
            if (!rateLimits.TryGetValue(method, out var queue))
            {
                rateLimits[method] = queue = new Queue<int>();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue(retryAfterSeconds);
            }
        }
    }

    /// <summary>
    /// Queues a <c>callback_query</c> update as Telegram sends it when a user presses an inline button of <paramref name="messageId"/>
    /// in <paramref name="chatId"/>; returns its <c>update_id</c>. A new callback query id is made up unless <paramref name="callbackQueryId"/> is given.
    /// </summary>
    public long InjectCallback(long chatId, long userId, long messageId, string data, string? callbackQueryId = null)
    {
        lock (gate)
        {
            var id = nextUpdateId++;
            var message = messages.TryGetValue((chatId, messageId), out var sent)
                ? MessageJson(sent)
                : MessageJson(new StandInMessage(messageId, chatId, "(unknown message)", null, Now()));
            updates.Add(new JsonObject
            {
                ["update_id"] = id,
                ["callback_query"] = new JsonObject
                {
                    ["id"] = callbackQueryId ?? (nextCallbackId++).ToString(CultureInfo.InvariantCulture),
                    ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Operator", ["username"] = "operator" + userId },
                    ["message"] = message,
                    ["chat_instance"] = "-" + chatId.ToString(CultureInfo.InvariantCulture),
                    ["data"] = data,
                },
            });
            Signal();
            return id;
        }
    }

    /// <summary>
    /// <c>setWebhook</c>: an empty <paramref name="url"/> removes it. The secret must be 1-256 characters of <c>A-Z a-z 0-9 _ -</c>
    /// (Bot API setWebhook); the error text otherwise is Telegram's.
    /// </summary>
    internal string? SetWebhook(string url, string? secret)
    {
        if (secret is not null && (secret.Length is < 1 or > 256 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            return "Bad Request: secret token contains unallowed characters";
        }

        if (url.Length > 0 && (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")))
        {
            return "Bad Request: bad webhook: An HTTPS URL must be provided for webhook";
        }

        lock (gate)
        {
            webhookUrl = url;
            webhookSecret = url.Length == 0 ? null : secret;
            Signal();
            return null;
        }
    }

    /// <summary><c>deleteWebhook</c>; pending updates are dropped only when <paramref name="dropPending"/>.</summary>
    internal void DeleteWebhook(bool dropPending)
    {
        lock (gate)
        {
            webhookUrl = string.Empty;
            webhookSecret = null;
            if (dropPending)
            {
                updates.Clear();
            }
        }
    }

    /// <summary><c>getWebhookInfo</c>'s <c>WebhookInfo</c>.</summary>
    public JsonObject WebhookInfo()
    {
        lock (gate)
        {
            var info = new JsonObject { ["url"] = webhookUrl, ["has_custom_certificate"] = false, ["pending_update_count"] = updates.Count };
            if (webhookUrl.Length > 0)
            {
                info["max_connections"] = 40;
                info["allowed_updates"] = new JsonArray("callback_query");
            }

            if (lastErrorDate is { } date)
            {
                info["last_error_date"] = date;
                info["last_error_message"] = lastErrorMessage;
            }

            return info;
        }
    }

    /// <summary>The oldest pending update with the webhook to POST it to, or null when no webhook is set or nothing is pending.</summary>
    internal (JsonObject Update, string Url, string? Secret)? NextPush()
    {
        lock (gate)
        {
            return webhookUrl.Length == 0 || updates.Count == 0 ? null : ((JsonObject)updates[0].DeepClone(), webhookUrl, webhookSecret);
        }
    }

    /// <summary>Records a webhook POST of <paramref name="updateId"/>; a 2xx removes it from the pending updates, anything else keeps it.</summary>
    internal void RecordPush(long updateId, int status, string? error)
    {
        lock (gate)
        {
            deliveries.Add(new WebhookDelivery(updateId, status, Clock.GetUtcNow()));
            if (status is >= 200 and < 300)
            {
                var index = updates.FindIndex(u => (long)u["update_id"]! == updateId);
                if (index >= 0)
                {
                    delivered[updateId] = updates[index];
                    updates.RemoveAt(index);
                }
            }
            else
            {
                lastErrorDate = Now();
                lastErrorMessage = error ?? $"Wrong response from the webhook: {status}";
            }
        }
    }

    /// <summary>Gives up on <paramref name="updateId"/> after too many failed POSTs, as Telegram does.</summary>
    internal void DropPending(long updateId)
    {
        lock (gate)
        {
            updates.RemoveAll(u => (long)u["update_id"]! == updateId);
        }
    }

    /// <summary>A task that completes at the next new update or webhook change.</summary>
    internal Task Changed()
    {
        lock (gate)
        {
            return arrived.Task;
        }
    }

    internal int? TakeRateLimit(string method)
    {
        lock (gate)
        {
            return rateLimits.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    internal void Record(string method, JsonObject parameters, int status)
    {
        lock (gate)
        {
            calls.Add(new RecordedCall(method, parameters, status, Clock.GetUtcNow()));
        }
    }

    internal JsonObject Send(long chatId, string text, JsonNode? replyMarkup)
    {
        lock (gate)
        {
            var message = new StandInMessage(nextMessageId++, chatId, text, replyMarkup, Now());
            messages[(chatId, message.MessageId)] = message;
            return MessageJson(message);
        }
    }

    /// <summary>Replaces a message's text (null: unchanged) and markup; null when there is no such message, a string when nothing changes.</summary>
    internal (JsonObject? Message, string? Error) Edit(long chatId, long messageId, string? text, JsonNode? replyMarkup)
    {
        lock (gate)
        {
            if (!messages.TryGetValue((chatId, messageId), out var message))
            {
                return (null, "Bad Request: message to edit not found");
            }

            var edited = message with { Text = text ?? message.Text, ReplyMarkup = replyMarkup?.DeepClone() };
            if (edited.Text == message.Text && JsonNode.DeepEquals(edited.ReplyMarkup, message.ReplyMarkup))
            {
                return (null, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }

            messages[(chatId, messageId)] = edited;
            return (MessageJson(edited), null);
        }
    }

    /// <summary>The updates from <paramref name="offset"/> on, after forgetting every earlier one (confirmed), or a task that completes when one arrives.</summary>
    internal (JsonArray Updates, Task Arrived) Updates(long offset)
    {
        lock (gate)
        {
            if (offset > 0)
            {
                updates.RemoveAll(u => (long)u["update_id"]! < offset);
            }

            return (new JsonArray(updates.Select(u => (JsonNode)u.DeepClone()).ToArray()), arrived.Task);
        }
    }

    internal JsonObject BotUser() =>
        new() { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Kapman stand-in", ["username"] = "kapman_standin_bot" };

    private JsonObject MessageJson(StandInMessage message)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = BotUser(),
            ["chat"] = new JsonObject { ["id"] = message.ChatId, ["type"] = message.ChatId > 0 ? "private" : "group" },
            ["date"] = message.Date,
            ["text"] = message.Text,
        };
        if (message.ReplyMarkup is not null)
        {
            json["reply_markup"] = message.ReplyMarkup.DeepClone();
        }

        return json;
    }

    private long Now() => Clock.GetUtcNow().ToUnixTimeSeconds();

    private void Signal()
    {
        var previous = arrived;
        arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }
}
