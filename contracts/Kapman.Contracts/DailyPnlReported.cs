namespace Kapman.Contracts;

/// <summary>
/// Execution's daily P&amp;L summary (seed 003 §4 task 5.2: "Daily P&amp;L summary sent at market close (4:15 PM ET)"), published once per
/// session after the report time, with the book marked at the session's stored close chain (mid = (bid + ask) ÷ 2 of the latest stored
/// quote on or before the session). Not part of a pipeline run: <see cref="RunId"/> is <see cref="Guid.Empty"/>. Dollars throughout.
/// </summary>
/// <param name="Mode">The book reported: PAPER (simulated holdings) or LIVE.</param>
/// <param name="Realized">Realised P&amp;L to date before commission, $.</param>
/// <param name="Commissions">Commissions to date, $.</param>
/// <param name="Unrealized">Unrealised P&amp;L of the marked open holdings, $: Σ (mark − average) × contracts × 100.</param>
/// <param name="Total">Realised − commissions + unrealised, $.</param>
/// <param name="DayChange">Total minus the previous report's total, $; null on the first report or when either total misses a mark.</param>
/// <param name="PreviousSession">The session of the previous report, or null.</param>
/// <param name="OpenHoldings">Holdings not flat.</param>
/// <param name="UnmarkedHoldings">Open holdings without a stored quote (left out of <paramref name="Unrealized"/>).</param>
/// <param name="MarksAsOf">The oldest quote date used for a mark (the session when the close chain is in), or null when nothing is marked.</param>
/// <param name="ByUnderlying">The same figures per underlying, by ticker.</param>
/// <param name="At">When it was computed.</param>
public sealed record DailyPnlReported(
    Guid RunId, DateOnly SessionDate, string Mode, decimal Realized, decimal Commissions, decimal Unrealized, decimal Total, decimal? DayChange,
    DateOnly? PreviousSession, int OpenHoldings, int UnmarkedHoldings, DateOnly? MarksAsOf, IReadOnlyList<DailyPnlLine> ByUnderlying, DateTimeOffset At,
    int SchemaVersion = 1) : IIntegrationEvent;
