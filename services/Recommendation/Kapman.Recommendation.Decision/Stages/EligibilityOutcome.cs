using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>Stage D's verdict and the expirations inside its window.</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Window">The regime-adjusted (min, max) DTE window, calendar days.</param>
/// <param name="Expirations">Expirations in the window, ascending.</param>
public sealed record EligibilityOutcome(GateVerdict Verdict, (int Min, int Max) Window, IReadOnlyList<DateOnly> Expirations);
