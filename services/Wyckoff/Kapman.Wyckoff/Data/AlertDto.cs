namespace Kapman.Wyckoff.Data;

/// <summary>An alert: kind BC_EXIT (score = BC, 0-28) or SPRING_ENTRY (score = Spring, 0-12).</summary>
public sealed record AlertDto(string Ticker, DateOnly SessionDate, string Kind, int Score);
