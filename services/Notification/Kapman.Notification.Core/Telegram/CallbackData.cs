using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Kapman.Notification.Core.Telegram;

/// <summary>
/// The <c>callback_data</c> of the Approve and Reject buttons: <c>a:</c> or <c>r:</c> and the recommendation id as 32 hex digits
/// (34 bytes; the Bot API allows 1-64 bytes, <c>InlineKeyboardButton.callback_data</c>); for a market report <c>ca:</c> or <c>cr:</c> and
/// the report id (35 bytes).
/// </summary>
/// <param name="Action">Approve or reject.</param>
/// <param name="RecommendationId">The recommendation the button belongs to, or the report when <paramref name="Subject"/> is <see cref="CallbackSubject.Report"/>.</param>
/// <param name="Subject">What the button decides on.</param>
public sealed record CallbackData(CallbackAction Action, Guid RecommendationId, CallbackSubject Subject = CallbackSubject.Recommendation)
{
    /// <summary>The Bot API's limit on <c>callback_data</c>, in bytes.</summary>
    public const int MaxBytes = 64;

    /// <summary>The wire form, e.g. <c>a:0f8fad5bd9cb469fa16570867728950e</c> (<c>ca:…</c> for a report).</summary>
    public string Encode() => (Subject == CallbackSubject.Report ? "c" : string.Empty) + (Action == CallbackAction.Approve ? "a:" : "r:") + RecommendationId.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>Reads <paramref name="data"/> written by <see cref="Encode"/>; false for anything else.</summary>
    public static bool TryParse(string? data, [NotNullWhen(true)] out CallbackData? parsed)
    {
        parsed = null;
        if (data is { Length: 35 } && data[0] == 'c' && TryParse(data[1..], out var report))
        {
            parsed = report with { Subject = CallbackSubject.Report };
            return true;
        }

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
