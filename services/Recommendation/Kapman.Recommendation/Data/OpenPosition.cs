namespace Kapman.Recommendation.Data;

/// <summary>
/// An ISSUED recommendation with contract legs whose option outcome is not final: its legs (JSON as stored), entry net premium and option
/// stop ($ per share), strategy and first leg's expiry.
/// </summary>
public sealed record OpenPosition(Guid Id, string Ticker, DateOnly Session, string Strategy, string Legs, double NetPremium, double? OptionStop, DateOnly Expiration);
