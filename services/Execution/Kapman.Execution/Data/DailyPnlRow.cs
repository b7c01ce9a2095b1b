namespace Kapman.Execution.Data;

/// <summary>A row of <c>daily_pnl_reports</c>: one session's summary, dollars (migration 005).</summary>
public sealed record DailyPnlRow(
    DateOnly SessionDate, string Mode, decimal Realized, decimal Commissions, decimal Unrealized, decimal Total, decimal? DayChange, bool Complete,
    DateOnly? MarksAsOf, DateTime ReportedAt);
