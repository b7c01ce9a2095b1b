using Kapman.MarketData.Calendar;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage H, execution window (docs/domain/decision-engine.md#h-execution-window, seed 003 §2.5 stage H): <c>now</c> is inside a
/// regular NYSE session (09:30 New York to 16:00, or 13:00 on an early close, DST-safe) and more than the configured minutes
/// before its close.
/// </summary>
public static class ExecutionWindowStage
{
    /// <summary>The verdict.</summary>
    public static GateVerdict Evaluate(DateTimeOffset now, ExecutionThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var day = MarketClock.SessionDate(now);
        var compared = new List<ComparedValue> { ComparedValue.Check($"NYSE session {day:yyyy-MM-dd}", NyseCalendar.IsSession(day) ? 1 : 0, ">=", 1) };
        if (compared[0].Passed)
        {
            compared.Add(ComparedValue.Check("minutes since open", (now - MarketClock.Open(day)).TotalMinutes, ">=", 0));
            compared.Add(ComparedValue.Check("minutes to close", (MarketClock.Close(day) - now).TotalMinutes, ">", thresholds.NoEntryMinutesBeforeClose));
        }

        return GateVerdict.From(GateStage.ExecutionWindow, compared, "Inside the execution window", "Outside the execution window");
    }
}
