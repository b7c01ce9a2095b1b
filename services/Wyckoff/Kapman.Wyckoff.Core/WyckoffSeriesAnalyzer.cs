using Kapman.MarketData;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// The history path's analysis of one ticker over many sessions (issue 22 item 2): the ticker's series is read once, in session
/// order, and each session's snapshot is the one <see cref="WyckoffAnalyzer.Analyze"/>
/// gives on that session's history (the bars from <c>lookbackCalendarDays</c> calendar days before the session through it, as
/// the daily step reads them). What does not depend on where a history starts (true range, its and volume's z-scores, the
/// 20- and 60-bar extremes and mean volume) is computed once for the series (<see cref="TickerSeries"/>); what does (OBV, the SMA,
/// ATR and RSI seeded on the history's first bars, the event timeline built on them) is computed per session, so every
/// snapshot equals the per-session analysis exactly (tests/Kapman.Wyckoff.Tests: HistoryEqualsDailyAnalysisTests). One
/// instance per ticker keeps the shared part across calls (the history job analyses its range in batches of sessions). Pure;
/// not thread-safe (one thread per instance at a time).
/// </summary>
/// <param name="ticker">Ticker symbol, not blank.</param>
/// <param name="bars">The ticker's bars, strictly ascending by date, covering the lookback before the first session asked for.</param>
/// <param name="lookbackCalendarDays">Calendar days of history before each session (200 in the daily step).</param>
/// <param name="parameters">Thresholds; usually <see cref="WyckoffParameters.Default"/>.</param>
public sealed class WyckoffSeriesAnalyzer(string ticker, Bar[] bars, int lookbackCalendarDays, WyckoffParameters parameters)
{
    private TickerSeries? _series;

    /// <summary>The ticker analysed.</summary>
    public string Ticker => ticker;

    /// <summary>The snapshot of each of <paramref name="sessions"/>, null where the ticker has no bar on it.</summary>
    /// <param name="sessions">Sessions, strictly ascending.</param>
    /// <param name="market">The market of a session for the relative-strength test (null: none).</param>
    /// <param name="dealer">The ticker's dealer context of a session (null: no chain that session); null for none on any session.</param>
    /// <returns>One entry per session, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument, or one given to the constructor, is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="WyckoffAnalyzer.Analyze"/>
    /// on the first session whose history is invalid; the ticker is blank; sessions are not ascending.</exception>
    public WyckoffSnapshot?[] Analyze(IReadOnlyList<DateOnly> sessions, Func<DateOnly, MarketSeries?> market, Func<DateOnly, DealerContext?>? dealer = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(market);
        var snapshots = new WyckoffSnapshot?[sessions.Count];
        var (start, end) = (0, 0);
        for (var s = 0; s < sessions.Count; s++)
        {
            var session = sessions[s];
            if (s > 0 && session <= sessions[s - 1])
            {
                throw new ArgumentException("Sessions must be strictly ascending.", nameof(sessions));
            }

            while (end < bars.Length && bars[end].Date < session)
            {
                end++;
            }

            if (end == bars.Length || bars[end].Date != session)
            {
                continue;
            }

            var first = session.AddDays(-lookbackCalendarDays);
            while (bars[start].Date < first)
            {
                start++;
            }

            var history = new ArraySegment<Bar>(bars, start, end - start + 1);
            WyckoffAnalyzer.Validate(history, parameters);
            if (history.Count < parameters.MinimumBars)
            {
                snapshots[s] = WyckoffAnalyzer.Analyze(ticker, history, parameters, market(session), dealer?.Invoke(session));
                continue;
            }

            _series ??= new TickerSeries(bars, parameters);
            snapshots[s] = WyckoffAnalyzer.AnalyzeSeries(
                ticker, new BarSeries(_series, start, history.Count, parameters), parameters, market(session), dealer?.Invoke(session));
        }

        return snapshots;
    }
}
