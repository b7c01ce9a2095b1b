using System.Globalization;

namespace Kapman.Web.Ops;

/// <summary>
/// The outcome of <c>POST /ops/replay</c>, carried to the Ops page in the redirect's query
/// (<c>?replay=ok&amp;event=MarketSessionIngested&amp;sent=1&amp;target=wyckoff-market-session-ingested</c>, or
/// <c>?replay=failed&amp;detail=...</c>) and rendered as a status line.
/// </summary>
/// <param name="Outcome">ok, unauthorized, disabled, invalid or failed.</param>
/// <param name="Event">The event type replayed.</param>
/// <param name="Sent">Events re-sent.</param>
/// <param name="Target">The queue they went to (ok), or why the replay did not run (invalid, failed).</param>
public sealed record ReplayNotice(string Outcome, string Event, int Sent, string Target)
{
    /// <summary>The replay ran.</summary>
    public const string Ok = "ok";

    /// <summary>True when the replay ran.</summary>
    public bool IsSuccess => Outcome == Ok;

    /// <summary>The status line shown on the Ops page.</summary>
    public string Message => Outcome switch
    {
        Ok => string.Create(CultureInfo.InvariantCulture, $"Replayed {Sent} {Event} event(s) to {Target}."),
        "unauthorized" => "Replay refused: wrong API key.",
        "disabled" => "Replay is disabled: the web has no KAPMAN_API_KEY in its environment.",
        "invalid" => $"Replay refused: {Target}",
        _ => $"Replay failed: {Target}",
    };
}
