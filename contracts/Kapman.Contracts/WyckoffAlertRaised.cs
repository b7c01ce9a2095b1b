namespace Kapman.Contracts;

/// <summary>
/// A decision rule of docs/domain/wyckoff-scores.md#decision-rules (seed 000 §11.4), or an event alert of
/// docs/domain/wyckoff-scores.md#event-alerts (seed 001 §17.2), fired for one ticker.
/// </summary>
/// <param name="Ticker">The ticker, e.g. <c>NVDA</c>.</param>
/// <param name="Kind">One of <see cref="WyckoffAlertKinds"/>.</param>
/// <param name="Score">BC on 0-28 for BC_EXIT and SOW_REDUCE, Spring on 0-12 for SPRING_ENTRY and SPRING_SOS_ENTRY.</param>
public sealed record WyckoffAlertRaised(
    Guid RunId, DateOnly SessionDate, string Ticker, string Kind, int Score, int SchemaVersion = 1) : IIntegrationEvent;
