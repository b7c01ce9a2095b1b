namespace Kapman.Recommendation.Decision.Inputs;

/// <summary>A configured macro event window (CPI, FOMC, NFP, ...) during which no entry is made: [Start, End).</summary>
/// <param name="Name">E.g. "FOMC rate decision".</param>
/// <param name="Start">First blocked instant.</param>
/// <param name="End">First instant no longer blocked.</param>
public sealed record MacroEvent(string Name, DateTimeOffset Start, DateTimeOffset End);
