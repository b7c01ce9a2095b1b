namespace Kapman.Wyckoff.Core;

/// <summary>
/// What a Spring score must show, beyond its points, before it may become an ENTRY (docs/domain/wyckoff-scores.md#spring-entry-gate, seed 000 §11.4) or an
/// ENTRY_SETUP (docs/domain/wyckoff-scores.md#trade-signals, seed 001 §17.2). Since model 1.2.0 the score only counts a break of a completed SC→AR range's
/// support (<see cref="SupportBreakRule"/>), so a new low in the middle of a decline never scores. On top:
/// <list type="number">
/// <item>Re-entry: the Quick Recovery signal scored, the session close is back above the range support. The
/// spring is a false breakdown; a bar still closing below support is a breakdown in progress, even when it
/// scores 9 on break, low volume and a bullish close.</item>
/// <item>No sign of weakness in the break: no SOW event within the Spring window (the last
/// <see cref="WyckoffParameters.SpringBreakWindow"/> bars). docs/domain/wyckoff-scores.md#spring-entry-gate (Seed 000 §5.2) defines SOW as "high volume drop,
/// break support", the opposite of a spring's quiet break; SPY 2008-09-29 broke the 09-18 climax low as an
/// SOW, re-entered on 09-30 and fell 20 % in the next 20 sessions.</item>
/// </list>
/// Low volume is not required: on SPY 1998-2021 the 62 entries whose break came on above-average volume
/// include the 1998-10-08, 2002-10-10 and 2011-10-04 lows, and requiring it left 28 entries with a lower mean
/// 20-session return (+0.74 %) than the rule above (+1.46 %, 85 entries; all bars +0.60 %).
/// </summary>
internal static class SpringEntryGate
{
    /// <summary>True when the session's Spring score may signal an entry.</summary>
    /// <param name="recovery">The session's Quick Recovery signal.</param>
    /// <param name="timeline">Every event up to the session.</param>
    /// <param name="session">Index of the session bar.</param>
    /// <param name="parameters">Thresholds (the Spring window).</param>
    public static bool Open(ScoreSignal recovery, IReadOnlyList<WyckoffEvent> timeline, int session, WyckoffParameters parameters) =>
        recovery.Points > 0 &&
        !timeline.Any(e => e.Code == SignOfWeaknessRule.Code && e.BarIndex > session - parameters.SpringBreakWindow);
}
