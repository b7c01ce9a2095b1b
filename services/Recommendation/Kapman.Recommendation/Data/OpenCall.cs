namespace Kapman.Recommendation.Data;

/// <summary>
/// A call the outcome job scores: its direction (LONG/SHORT), confidence 0-1, underlying target and stop in $ per share, and
/// the last session of its window (<paramref name="Expiration"/>).
/// </summary>
public sealed record OpenCall(Guid Id, string Ticker, DateOnly Session, string Direction, double Confidence, double Target, double Stop, DateOnly Expiration);
