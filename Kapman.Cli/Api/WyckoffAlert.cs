namespace Kapman.Cli.Api;

/// <summary>One row of <c>GET /api/wyckoff/alerts</c>.</summary>
/// <param name="Ticker">Ticker.</param>
/// <param name="SessionDate">Session.</param>
/// <param name="Kind">BC_EXIT, SPRING_ENTRY, SPRING_SOS_ENTRY or SOW_REDUCE.</param>
/// <param name="Score">BC score (0-28) or Spring score (0-12).</param>
internal sealed record WyckoffAlert(string Ticker, DateOnly SessionDate, string Kind, double Score);
