using System.Globalization;
using Kapman.Cli.Api;

namespace Kapman.Cli.Reporting;

/// <summary>Pure shaping of the demo summary's API data into display rows.</summary>
internal static class DemoReport
{
    public const string Issued = "ISSUED";
    public const string NoTrade = "NO_TRADE";
    public const string NoReason = "(no reason given)";

    /// <summary>Headers matching <see cref="IssuedRow"/>.</summary>
    public static IReadOnlyList<string> IssuedHeaders { get; } =
        ["ticker", "strategy", "direction", "contract (OCC)", "expiration", "strike", "delta", "dte", "confidence"];

    /// <summary>NO_TRADE recommendations grouped by reason, most frequent first, ties by reason text.</summary>
    public static IReadOnlyList<NoTradeGroup> GroupNoTrade(IEnumerable<Recommendation> recommendations) =>
        [.. recommendations
            .Where(r => string.Equals(r.Status, NoTrade, StringComparison.OrdinalIgnoreCase))
            .GroupBy(r => string.IsNullOrWhiteSpace(r.NoTradeReason) ? NoReason : r.NoTradeReason.Trim(), StringComparer.Ordinal)
            .Select(g => new NoTradeGroup(g.Key, g.Count(), [.. g.Select(r => r.Ticker).Order(StringComparer.Ordinal)]))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Reason, StringComparer.Ordinal)];

    /// <summary>The ISSUED recommendations, by ticker.</summary>
    public static IReadOnlyList<Recommendation> IssuedOnly(IEnumerable<Recommendation> recommendations) =>
        [.. recommendations.Where(r => string.Equals(r.Status, Issued, StringComparison.OrdinalIgnoreCase)).OrderBy(r => r.Ticker, StringComparer.Ordinal)];

    /// <summary>
    /// Cells for one issued recommendation: strike with 2 decimals, delta 2, confidence as a percentage, followed by "(no edge)"
    /// when the calibration gave its signal's base rate.
    /// </summary>
    public static IReadOnlyList<string> IssuedRow(Recommendation r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return
        [
            r.Ticker,
            r.Strategy ?? RunSummary.None,
            r.Direction ?? RunSummary.None,
            r.OccSymbol ?? RunSummary.None,
            r.Expiration?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? RunSummary.None,
            r.Strike?.ToString("0.00", CultureInfo.InvariantCulture) ?? RunSummary.None,
            r.Delta?.ToString("0.00", CultureInfo.InvariantCulture) ?? RunSummary.None,
            r.Dte?.ToString(CultureInfo.InvariantCulture) ?? RunSummary.None,
            r.Confidence is { } confidence
                ? (confidence * 100).ToString("0", CultureInfo.InvariantCulture) + "%" + (r.NoEdge ? " (no edge)" : "")
                : RunSummary.None,
        ];
    }

    /// <summary>Tickers joined by ", ", at most <paramref name="max"/> of them, then "+N more".</summary>
    public static string Abbreviate(IReadOnlyList<string> tickers, int max)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        var shown = string.Join(", ", tickers.Take(max));
        return tickers.Count > max ? $"{shown} +{tickers.Count - max} more" : shown;
    }

    /// <summary>
    /// The session's messages counted by status (SENT, LOGGED), and how many of them this run created: a rerun
    /// of the session creates none, because each alert and summary is sent once per session.
    /// </summary>
    public static (IReadOnlyDictionary<string, int> ByStatus, int NewThisRun) CountForSession(
        IEnumerable<NotificationMessage> messages, DateOnly session, DateTimeOffset runStart)
    {
        var forSession = messages.Where(m => m.SessionDate == session).ToList();
        var byStatus = forSession.GroupBy(m => m.Status.ToUpperInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return (byStatus, forSession.Count(m => m.CreatedAt >= runStart));
    }
}
