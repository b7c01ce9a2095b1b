namespace Kapman.Web.Clients;

/// <summary>One daily bar (ingestion API <c>GET /bars/{ticker}</c>): prices in USD per share, volume in shares.</summary>
/// <param name="SessionDate">Session of the bar.</param>
/// <param name="Open">Open price.</param>
/// <param name="High">High price.</param>
/// <param name="Low">Low price.</param>
/// <param name="Close">Close price.</param>
/// <param name="Volume">Shares traded.</param>
public sealed record Bar(DateOnly SessionDate, double Open, double High, double Low, double Close, long Volume);
