namespace Kapman.Wyckoff.Core;

/// <summary>
/// The session's phase with the seeds' meaning (docs/domain/wyckoff-events-and-phases.md#phases, seed 000 §11.1), first match wins:
/// <list type="number">
/// <item>A Accumulation: an accumulation range opened by an SC is still open (see <see cref="EventDetector"/>) and
/// price is inside it: once the last <see cref="WyckoffParameters.RangeExitBars"/> closes all sit above the AR high,
/// price has left the range upward and the phase is read by the rules below (markup, usually), although the range
/// stays open for the events (a fall back into it can still bring an ST or a SPRING).
/// Sub-stage: the latest of SC, AR, ST, SPRING, TEST, SOS since the SC. Score: its pattern completion.
/// Confidence: that event's confidence.</item>
/// <item>D Distribution: a BC within 60 bars (<see cref="WyckoffParameters.DistributionWindowBars"/>) and the
/// close below that BC's high. Sub-stage: BC, or SOW after it. Score: completion in the distribution
/// schematic. Confidence: that event's confidence.</item>
/// <item>B Markup: SMA20 up over 5 bars and the close above SMA20; E Markdown: both down. Score:
/// min(1, |SMA20 change| / 2 %). Confidence: 0.5 + 0.5 × min(1, |close / SMA20 − 1| / 5 %). Sub-stage: SOS
/// (B) or SOW (E) within 20 bars, else <c>trend</c>.</item>
/// <item>C Consolidation otherwise: score 1 − min(1, |SMA20 change| / 2 %), confidence 0.5, sub-stage
/// <c>range</c>; with SMA20 not warm, score and confidence 0 and sub-stage <c>insufficient history</c>.</item>
/// </list>
/// </summary>
internal static class PhaseClassifier
{
    public static PhaseReading Classify(
        BarSeries series, IReadOnlyList<WyckoffEvent> timeline, TradingRange? range, WyckoffParameters parameters)
    {
        if (range is not null && !AboveRange(series, range, parameters)
            && Latest(timeline, range.ScIndex, "SC", "AR", "ST", "SPRING", "TEST", "SOS") is { } accumulation)
        {
            var sequence = EventSequence.After(accumulation.Code, distribution: false);
            return Reading("A", sequence.PatternCompletionPct, accumulation.Confidence, accumulation.Code, sequence);
        }

        var last = series.Last;
        if (Latest(timeline, last - parameters.DistributionWindowBars, "BC") is { } bc && series.Session.Close < bc.PriceLevel)
        {
            var latest = Latest(timeline, bc.BarIndex, "BC", "SOW")!;
            var sequence = EventSequence.After(latest.Code, distribution: true);
            return Reading("D", sequence.PatternCompletionPct, latest.Confidence, latest.Code, sequence);
        }

        if (series.TrendSma(last) is not { } sma || series.TrendSma(last - parameters.TrendLookbackBars) is not { } before)
        {
            return Reading("C", 0, 0, "insufficient history", EventSequence.None);
        }

        var slope = (sma / before) - 1;
        var deviation = (series.Session.Close / sma) - 1;
        var strength = Math.Min(1, Math.Abs(slope) / parameters.TrendSlopeFull);
        var confidence = 0.5 + (0.5 * Math.Min(1, Math.Abs(deviation) / parameters.TrendDeviationFull));
        var recent = last - parameters.LookbackSessions + 1;
        if (slope > 0 && deviation > 0)
        {
            var sos = Latest(timeline, recent, "SOS");
            return Reading("B", strength, confidence, sos is null ? "trend" : "SOS",
                sos is null ? EventSequence.None : EventSequence.After("SOS", distribution: false));
        }

        if (slope < 0 && deviation < 0)
        {
            var sow = Latest(timeline, recent, "SOW");
            return Reading("E", strength, confidence, sow is null ? "trend" : "SOW",
                sow is null ? EventSequence.None : EventSequence.After("SOW", distribution: true));
        }

        return Reading("C", 1 - strength, 0.5, "range", EventSequence.None);
    }

    private static bool AboveRange(BarSeries series, TradingRange range, WyckoffParameters parameters)
    {
        var count = parameters.RangeExitBars;
        var last = series.Last;
        if (range.ArIndex is not { } ar || last - count < ar)
        {
            return false;
        }

        for (var k = last - count + 1; k <= last; k++)
        {
            if (series.Bars[k].Close <= range.ArHigh)
            {
                return false;
            }
        }

        return true;
    }

    private static WyckoffEvent? Latest(IReadOnlyList<WyckoffEvent> timeline, int fromIndex, params string[] codes) =>
        timeline.LastOrDefault(e => e.BarIndex >= fromIndex && codes.Contains(e.Code));

    private static PhaseReading Reading(string phase, double score, double confidence, string subStage, EventSequence sequence) =>
        new(phase, Math.Round(score, 3), Math.Round(confidence, 3), subStage, sequence);
}
