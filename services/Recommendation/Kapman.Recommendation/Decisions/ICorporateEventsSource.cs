using Kapman.Recommendation.Decision.Inputs;

namespace Kapman.Recommendation.Decisions;

/// <summary>Where stage G's earnings and ex-dividend dates come from (docs/domain/decision-engine.md#g-corporate-guard-and-ev).</summary>
public interface ICorporateEventsSource
{
    /// <summary>
    /// The source's answer for <paramref name="ticker"/> seen on <paramref name="session"/>, or null when there is no source: stage G
    /// then fails closed for credit structures (seed 003 §11 R9).
    /// </summary>
    CorporateCalendar? CalendarFor(string ticker, DateOnly session);
}
