using System.Globalization;
using Kapman.Web.Clients;

namespace Kapman.Web.Ticker;

/// <summary>Builds <see cref="ChartData"/> from bars and Wyckoff events (pure).</summary>
public static class ChartDataBuilder
{
    /// <summary>
    /// Orders <paramref name="bars"/> by session, computes SMA 20/50/200 of the close over them, and keeps the events
    /// dated on one of those sessions as markers (oldest first).
    /// </summary>
    public static ChartData Build(string ticker, IEnumerable<Bar> bars, IEnumerable<WyckoffEvent> events)
    {
        var ordered = bars.OrderBy(b => b.SessionDate).ToList();
        var closes = ordered.Select(b => b.Close).ToList();
        var sessions = ordered.Select(b => b.SessionDate).ToHashSet();
        var markers = events
            .Where(e => e.Date is { } date && sessions.Contains(date))
            .OrderBy(e => e.Date)
            .Select(e => new ChartMarker(Day(e.Date!.Value), e.Code, e.Description ?? e.Code))
            .ToList();
        return new ChartData(
            ticker,
            [.. ordered.Select(b => Day(b.SessionDate))],
            [.. ordered.Select(b => b.Open)],
            [.. ordered.Select(b => b.High)],
            [.. ordered.Select(b => b.Low)],
            [.. closes],
            [.. ordered.Select(b => b.Volume)],
            MovingAverage.Simple(closes, 20),
            MovingAverage.Simple(closes, 50),
            MovingAverage.Simple(closes, 200),
            markers);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
