using System.Text.Json.Nodes;

namespace Kapman.TelegramStandIn;

/// <summary>A message the bot sent, as it stands now (edits replace its text and markup).</summary>
/// <param name="MessageId">Identifier in its chat.</param>
/// <param name="ChatId">The chat.</param>
/// <param name="Text">Current text.</param>
/// <param name="ReplyMarkup">Current <c>reply_markup</c>, null once removed.</param>
/// <param name="Date">Unix time it was sent, seconds.</param>
public sealed record StandInMessage(long MessageId, long ChatId, string Text, JsonNode? ReplyMarkup, long Date);
