using Kapman.Recommendation.Decision.Inputs;

namespace Kapman.Recommendation.Decisions;

/// <summary>
/// The live default: no earnings or ex-dividend feed is configured, so every answer is "no source" and stage G blocks every credit
/// structure (seed 003 §11 R9). The trail says so; nothing is invented.
/// </summary>
public sealed class NoCorporateEventsSource : ICorporateEventsSource
{
    /// <inheritdoc />
    public CorporateCalendar? CalendarFor(string ticker, DateOnly session) => null;
}
