namespace Kapman.Notification.Core;

/// <summary>A message ready to record and send. <see cref="DedupKey"/> names what it is about; one message per key, ever.</summary>
/// <param name="Html">Its own HTML part, when it has one richer than its text laid out (<see cref="Email.EmailHtml.For"/>); else null.</param>
/// <param name="Route">Its row of the routing table (<see cref="Routing.RouteKinds"/>) when that differs from <paramref name="Kind"/> (an order email's
/// kind is ORDER_UPDATE, its route FILL or ORDER_STATE); null = <paramref name="Kind"/>.</param>
public sealed record ComposedMessage(
    string DedupKey, string Kind, DateOnly SessionDate, string? Ticker, string Subject, string Body, string? Html = null, string? Route = null)
{
    /// <summary>The routing-table kind of this message: <see cref="Route"/>, else <see cref="Kind"/>.</summary>
    public string RouteKind => Route ?? Kind;
}
