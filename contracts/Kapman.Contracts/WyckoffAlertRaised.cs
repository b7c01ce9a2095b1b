namespace Kapman.Contracts;

/// <summary>A decision rule of docs/domain/wyckoff-scores.md#decision-rules (seed 000 §11.4) fired for one ticker.</summary>
/// <param name="Ticker">The ticker, e.g. <c>NVDA</c>.</param>
/// <param name="Kind">One of <see cref="WyckoffAlertKinds"/>.</param>
/// <param name="Score">The score that fired the rule: BC on 0-28 or Spring on 0-12.</param>
public sealed record WyckoffAlertRaised(
    Guid RunId, DateOnly SessionDate, string Ticker, string Kind, int Score, int SchemaVersion = 1) : IIntegrationEvent;
