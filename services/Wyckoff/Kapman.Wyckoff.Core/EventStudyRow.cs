namespace Kapman.Wyckoff.Core;

/// <summary>One line of the research table: an event code (or <c>ALL</c> for the all-bars baseline).</summary>
/// <param name="Event">SC, AR, ST, SPRING, TEST, SOS, SOW, BC, or ALL.</param>
/// <param name="Count">Events (or bars) dated within the study window.</param>
/// <param name="Horizons">Forward-return statistics per horizon, in the order asked.</param>
public sealed record EventStudyRow(string Event, int Count, IReadOnlyList<ForwardReturnStats> Horizons);
