namespace Kapman.Notification.Core.Pnl;

/// <summary>One underlying's part of a <see cref="DailyPnlUpdate"/>, dollars.</summary>
public sealed record PnlLine(string Underlying, decimal Realized, decimal Commissions, decimal Unrealized, decimal Total, int OpenHoldings);
