using Kapman.MarketData;
using Kapman.MarketData.Calendar;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Backtest.History;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Backtest.Tests;

/// <summary>
/// A hand-made SPY history: warm-up sessions from 2014-09-22 to 2014-12-31, then 30 walked sessions from 2015-01-02 (to
/// 2015-02-13). The close zigzags 300, 300.5, 300, ... (high close + 0.3, low close − 0.3, volume 100 M), VIX 20 and VIX3M 22
/// every day; on walked session <see cref="CrashSession"/> (1-based) the close falls to 255 (+0.5 on odd days) and then zigzags around 255
/// </summary>
internal static class HandMadeSeries
{
    /// <summary>The first walked session.</summary>
    public static readonly DateOnly From = new(2015, 1, 2);

    /// <summary>The 1-based walked session of the crash.</summary>
    public const int CrashSession = 5;

    /// <summary>The history and the walked sessions' dates.</summary>
    public static (IReadOnlyList<BacktestSession> History, IReadOnlyList<DateOnly> Walked) Build(bool crash = true)
    {
        var warmUp = NyseCalendar.Sessions(new DateOnly(2014, 9, 22), new DateOnly(2014, 12, 31)).ToList();
        var walked = NyseCalendar.Sessions(From, From.AddDays(60)).Take(30).ToList();
        var history = new List<BacktestSession>();
        foreach (var (date, i) in warmUp.Concat(walked).Select((d, i) => (d, i)))
        {
            var walkedIndex = i - warmUp.Count + 1;
            var level = crash && walkedIndex >= CrashSession ? 255d : 300d;
            var close = level + (i % 2 == 0 ? 0d : 0.5);
            var open = walkedIndex == CrashSession && crash ? 300d : close;
            history.Add(new BacktestSession(new Bar(date, open, Math.Max(open, close) + 0.3, Math.Min(open, close) - 0.3, close, 100_000_000), 20, 22));
        }

        return (history, walked);
    }

    /// <summary>
    /// The backtest's defaults over the walked sessions, with two thresholds relaxed so that the flat series can enter: IV rank off
    /// (a constant VIX has no rank) and EV_net allowed down to −$1,000 (the two-point EV_net of a 16-delta condor is negative on a
    /// fairly priced chain; see docs/domain/decision-engine.md#ev_net).
    /// </summary>
    public static BacktestSettings Settings(IReadOnlyList<DateOnly> walked)
    {
        var defaults = BacktestSettings.Default("SPY", StructureType.IronCondor, walked[0], walked[^1]);
        return defaults with
        {
            Thresholds = defaults.Thresholds with
            {
                Regime = defaults.Thresholds.Regime with { MinIvRank = null },
                Guard = defaults.Thresholds.Guard with { MinEvNetUsd = -1000 },
            },
        };
    }
}
