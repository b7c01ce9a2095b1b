using System.Globalization;
using Kapman.MarketData;

namespace Kapman.Recommendation.Backtest.History;

/// <summary>
/// Parses the stored history the backtest reads (lines in, records out; the caller opens the files): LEAN raw daily bars
/// (<c>date,open,high,low,close,volume</c>, ISO dates) and CBOE index histories (<c>DATE,OPEN,HIGH,LOW,CLOSE</c>, US
/// <c>MM/DD/YYYY</c> dates). A row that does not parse, or breaks the bar invariants (a non-positive price, high below low), is
/// skipped and counted.
/// </summary>
public static class HistoryFiles
{
    /// <summary>Bars of a LEAN daily CSV, ascending by date, and the number of rows skipped.</summary>
    public static (IReadOnlyList<Bar> Bars, int Skipped) ParseLeanBars(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var bars = new SortedDictionary<DateOnly, Bar>();
        var skipped = 0;
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            if (f.Length >= 6
                && DateOnly.TryParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && Number(f[1]) is { } open && Number(f[2]) is { } high && Number(f[3]) is { } low && Number(f[4]) is { } close
                && Number(f[5]) is { } volume && open > 0 && close > 0 && low > 0 && high >= low)
            {
                bars[date] = new Bar(date, open, high, low, close, volume);
            }
            else
            {
                skipped++;
            }
        }

        return (bars.Values.ToList(), skipped);
    }

    /// <summary>Closes of a CBOE index history CSV by date.</summary>
    public static IReadOnlyDictionary<DateOnly, double> ParseCboeCloses(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var closes = new Dictionary<DateOnly, double>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            if (f.Length >= 5
                && DateOnly.TryParseExact(f[0], "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && Number(f[4]) is { } close && close > 0)
            {
                closes[date] = close;
            }
        }

        return closes;
    }

    /// <summary>Joins bars with the VIX and VIX3M closes of their dates.</summary>
    public static IReadOnlyList<BacktestSession> Join(IReadOnlyList<Bar> bars, IReadOnlyDictionary<DateOnly, double> vix, IReadOnlyDictionary<DateOnly, double> vix3M)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(vix);
        ArgumentNullException.ThrowIfNull(vix3M);
        return bars.Select(b => new BacktestSession(b, vix.TryGetValue(b.Date, out var v) ? v : null, vix3M.TryGetValue(b.Date, out var v3) ? v3 : null)).ToList();
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
