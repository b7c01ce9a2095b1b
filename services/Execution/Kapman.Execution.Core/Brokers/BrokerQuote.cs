namespace Kapman.Execution.Core.Brokers;

/// <summary>A quote of an equity, index or option symbol (Tradier <c>GET /v1/markets/quotes</c>).</summary>
/// <param name="Symbol">The symbol asked for (an option as a Kapman OCC symbol without padding).</param>
/// <param name="Bid">Best bid in $ per share, or null when there is none.</param>
/// <param name="Ask">Best ask in $ per share, or null when there is none.</param>
/// <param name="Last">Last trade in $ per share, or null.</param>
/// <param name="BidSize">Size at the bid (the broker's unit: round lots or contracts), or null.</param>
/// <param name="AskSize">Size at the ask, or null.</param>
/// <param name="Volume">Session volume (shares or contracts), or null.</param>
/// <param name="QuotedAt">Time of the later of the bid and ask, or null.</param>
public sealed record BrokerQuote(
    string Symbol,
    decimal? Bid,
    decimal? Ask,
    decimal? Last,
    long? BidSize,
    long? AskSize,
    long? Volume,
    DateTimeOffset? QuotedAt)
{
    /// <summary>(bid + ask) / 2 in $ per share when both sides are present and positive, else null.</summary>
    public decimal? Mid => Bid is > 0 && Ask is > 0 ? (Bid.Value + Ask.Value) / 2m : null;
}
