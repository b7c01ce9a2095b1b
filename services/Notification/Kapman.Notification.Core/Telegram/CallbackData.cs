using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Kapman.Notification.Core.Telegram;

/// <summary>
/// The <c>callback_data</c> of the Approve and Reject buttons: <c>a:</c> or <c>r:</c> and the recommendation id as 32 hex digits
/// (34 bytes; the Bot API allows 1-64 bytes, <c>InlineKeyboardButton.callback_data</c>).
/// </summary>
/// <param name="Action">Approve or reject.</param>
/// <param name="RecommendationId">The recommendation the button belongs to.</param>
public sealed record CallbackData(CallbackAction Action, Guid RecommendationId)
{
    /// <summary>The Bot API's limit on <c>callback_data</c>, in bytes.</summary>
    public const int MaxBytes = 64;

    /// <summary>The wire form, e.g. <c>a:0f8fad5bd9cb469fa16570867728950e</c>.</summary>
    public string Encode() => (Action == CallbackAction.Approve ? "a:" : "r:") + RecommendationId.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>Reads <paramref name="data"/> written by <see cref="Encode"/>; false for anything else.</summary>
    public static bool TryParse(string? data, [NotNullWhen(true)] out CallbackData? parsed)
    {
        parsed = null;
        if (data is null || data.Length != 34 || data[1] != ':')
        {
            return false;
        }

        CallbackAction? action = data[0] switch
        {
            'a' => CallbackAction.Approve,
            'r' => CallbackAction.Reject,
            _ => null,
        };
        if (action is null || !Guid.TryParseExact(data.AsSpan(2), "N", out var id))
        {
            return false;
        }

        parsed = new CallbackData(action.Value, id);
        return true;
    }
}
