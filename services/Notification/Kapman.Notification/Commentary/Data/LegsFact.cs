namespace Kapman.Notification.Commentary.Data;

/// <summary>An issued recommendation's legs as stored in <c>commentary_facts</c>.</summary>
public sealed record LegsFact(string Ticker, IReadOnlyList<string> OccSymbols);
