namespace Kapman.Recommendation.Data;

/// <summary>
/// A call the outcome job scores: its direction (LONG/SHORT), confidence 0-1, underlying target and stop in $ per share, and
/// the last session of its window (<paramref name="Expiration"/>), and its revision (<paramref name="Revision"/>: the recommendation's
/// <c>updated_at</c>, UTC), which the stored outcome records.
/// </summary>
public sealed record OpenCall(
    Guid Id, string Ticker, DateOnly Session, string Direction, double Confidence, double Target, double Stop, DateOnly Expiration, DateTime Revision);
