using Kapman.Notification.Telegram.BotApi;

namespace Kapman.Notification.Telegram;

/// <summary>
/// How one kind of Telegram message goes to one chat, for <see cref="OncePerChatSender"/>: claim the (message, chat) pair in its store,
/// call the Bot API, record the outcome (<c>SENT</c>, <c>FAILED</c> or <c>SENDING</c> for unknown) and log it.
/// </summary>
/// <param name="Claim">Claims the pair in its own committed transaction; false when it was claimed before (never sent twice).</param>
/// <param name="Send">The Bot API call for the chat.</param>
/// <param name="Record">Stores the chat's status, the Bot API message id when sent, and the error text when not.</param>
/// <param name="Sent">Logs a send with its message id.</param>
/// <param name="NotSent">Logs a failed or unknown send with its status.</param>
internal sealed record ChatDelivery(
    Func<long, CancellationToken, Task<bool>> Claim,
    Func<long, CancellationToken, Task<BotMessage>> Send,
    Func<long, string, long?, string?, Task> Record,
    Action<long, long> Sent,
    Action<Exception, long, string> NotSent);
