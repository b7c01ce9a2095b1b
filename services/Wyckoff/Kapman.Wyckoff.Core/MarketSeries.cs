using Kapman.MarketData;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// The market a ticker is measured against for Wyckoff's fourth buying test (relative strength): one close per
/// session, ascending by date. Either an index's own bars (<see cref="FromBars"/>, SPY in the daily run) or an
/// equal-weighted index of a universe (<see cref="EqualWeighted"/>). Pure and immutable.
/// </summary>
public sealed class MarketSeries
{
    private readonly Dictionary<DateOnly, double> _closes;

    private MarketSeries(string name, Dictionary<DateOnly, double> closes)
    {
        Name = name;
        _closes = closes;
    }

    /// <summary>What the series is, for reasons: "SPY", or "equal-weighted universe (N tickers)".</summary>
    public string Name { get; }

    /// <summary>Sessions held.</summary>
    public int Count => _closes.Count;

    /// <summary>The close of <paramref name="session"/>, or null when the series has no such session.</summary>
    public double? CloseOn(DateOnly session) => _closes.TryGetValue(session, out var close) ? close : null;

    /// <summary>The closes of <paramref name="bars"/>.</summary>
    /// <param name="name">Name shown in reasons, not blank (for example the ticker "SPY").</param>
    /// <param name="bars">Bars strictly ascending by date with positive closes.</param>
    /// <exception cref="ArgumentException">The name is blank, dates repeat or go backwards, or a close is not positive.</exception>
    public static MarketSeries FromBars(string name, IReadOnlyList<Bar> bars)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(bars);
        var closes = new Dictionary<DateOnly, double>(bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            if (bars[i].Close <= 0 || (i > 0 && bars[i].Date <= bars[i - 1].Date))
            {
                throw new ArgumentException($"Market bar {i} ({Text.Date(bars[i].Date)}) must have a positive close and follow the previous date.", nameof(bars));
            }

            closes[bars[i].Date] = bars[i].Close;
        }

        return new MarketSeries(name, closes);
    }

    /// <summary>
    /// An equal-weighted index of <paramref name="histories"/>: 100 on the first session of any history, then
    /// each session multiplies the level by 1 + the arithmetic mean of that session's close-to-close returns
    /// (close / the ticker's previous close − 1) over the tickers with a bar on it and on an earlier session
    /// (the S&amp;P equal-weight methodology with daily rebalancing). A session on which no ticker has a return
    /// keeps the previous level.
    /// </summary>
    /// <param name="histories">Bars per ticker, each strictly ascending by date with positive closes.</param>
    /// <exception cref="ArgumentException">No history holds a bar.</exception>
    public static MarketSeries EqualWeighted(IEnumerable<IReadOnlyList<Bar>> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var sums = new SortedDictionary<DateOnly, (double Sum, int Count)>();
        var tickers = 0;
        foreach (var bars in histories)
        {
            tickers++;
            for (var i = 0; i < bars.Count; i++)
            {
                sums.TryGetValue(bars[i].Date, out var day);
                sums[bars[i].Date] = i == 0 ? day : (day.Sum + (bars[i].Close / bars[i - 1].Close) - 1, day.Count + 1);
            }
        }

        if (sums.Count == 0)
        {
            throw new ArgumentException("No history holds a bar.", nameof(histories));
        }

        var closes = new Dictionary<DateOnly, double>(sums.Count);
        var level = 100.0;
        foreach (var (date, day) in sums)
        {
            level *= day.Count > 0 ? 1 + (day.Sum / day.Count) : 1;
            closes[date] = level;
        }

        return new MarketSeries($"equal-weighted universe ({tickers} tickers)", closes);
    }
}
