using Kapman.MarketData.Calendar;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>
/// Stage B, calendar and event gate (docs/domain/decision-engine.md#b-calendar, seed 003 §2.5 stage B): today is an NYSE session
/// (<see cref="NyseCalendar"/>) and <c>now</c> lies in no configured macro event window [start, end).
/// </summary>
public static class CalendarStage
{
    /// <summary>The verdict.</summary>
    public static GateVerdict Evaluate(DateTimeOffset now, IReadOnlyList<MacroEvent> macroEvents)
    {
        ArgumentNullException.ThrowIfNull(macroEvents);
        var today = MarketClock.SessionDate(now);
        var compared = new List<ComparedValue>
        {
            ComparedValue.Check($"NYSE session {today:yyyy-MM-dd}{(NyseCalendar.ClosureName(today) is { } name ? $" ({name})" : string.Empty)}", NyseCalendar.IsSession(today) ? 1 : 0, ">=", 1),
        };
        foreach (var active in macroEvents.Where(e => e.Start <= now && now < e.End).OrderBy(e => e.Start))
        {
            compared.Add(ComparedValue.Check($"minutes left in window '{active.Name}'", (active.End - now).TotalMinutes, "<=", 0));
        }

        if (macroEvents.Where(e => e.Start > now).OrderBy(e => e.Start).FirstOrDefault() is { } next)
        {
            compared.Add(ComparedValue.Info($"minutes to next window '{next.Name}'", (next.Start - now).TotalMinutes));
        }

        return GateVerdict.From(GateStage.Calendar, compared, "No macro event window now", "Calendar blocks entries");
    }
}
