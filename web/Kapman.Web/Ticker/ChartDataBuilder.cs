using System.Globalization;
using Kapman.MarketData;
using Kapman.Web.Clients;

namespace Kapman.Web.Ticker;

/// <summary>Builds <see cref="ChartData"/> from bars and the ticker's Wyckoff snapshot history (pure).</summary>
public static class ChartDataBuilder
{
    /// <summary>
    /// Orders <paramref name="bars"/> by session and computes SMA 20/50/200 of the close over them. Markers: the events
    /// of every snapshot in <paramref name="history"/>, each (code, session) once, kept when dated on one of the bars'
    /// sessions, oldest first. Phase band: the phase of each snapshot dated on one of those sessions, oldest first. Score
    /// history: the BC and Spring scores of each of those snapshots, oldest first.
    /// </summary>
    public static ChartData Build(string ticker, IEnumerable<Bar> bars, IEnumerable<WyckoffSnapshot> history)
    {
        var ordered = bars.OrderBy(b => b.Date).ToList();
        var closes = ordered.Select(b => b.Close).ToList();
        var sessions = ordered.Select(b => b.Date).ToHashSet();
        var snapshots = history.Where(s => sessions.Contains(s.SessionDate)).OrderBy(s => s.SessionDate).ToList();
        var markers = history
            .SelectMany(s => s.Events ?? [])
            .Where(e => e.Date is { } date && sessions.Contains(date))
            .DistinctBy(e => (e.Code, e.Date))
            .OrderBy(e => e.Date)
            .Select(e => new ChartMarker(Day(e.Date!.Value), e.Code, e.Description ?? e.Code))
            .ToList();
        var phases = snapshots
            .Where(s => !string.IsNullOrEmpty(s.Phase))
            .DistinctBy(s => s.SessionDate)
            .Select(s => new ChartPhase(Day(s.SessionDate), s.Phase!))
            .ToList();
        return new ChartData(
            ticker,
            [.. ordered.Select(b => Day(b.Date))],
            [.. ordered.Select(b => b.Open)],
            [.. ordered.Select(b => b.High)],
            [.. ordered.Select(b => b.Low)],
            [.. closes],
            [.. ordered.Select(b => (long)b.Volume)],
            MovingAverage.Simple(closes, 20),
            MovingAverage.Simple(closes, 50),
            MovingAverage.Simple(closes, 200),
            markers,
            phases,
            [.. snapshots.DistinctBy(s => s.SessionDate).Select(s => new ChartScore(Day(s.SessionDate), s.BcScore, s.SpringScore))]);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
