namespace Kapman.Execution.Core.DailyPnl;

/// <summary>The last daily report before the one being computed.</summary>
/// <param name="Session">Its session.</param>
/// <param name="Total">Its book total, $.</param>
/// <param name="Complete">True when every open holding had a mark then.</param>
public sealed record PreviousPnl(DateOnly Session, decimal Total, bool Complete);
