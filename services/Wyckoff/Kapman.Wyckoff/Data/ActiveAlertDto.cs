namespace Kapman.Wyckoff.Data;

/// <summary>
/// An active alert (docs/domain/data-contracts.md#wyckoff-http-reads, seed 001 §7.1 "BC ≥ 24, SPRING+SOS", with BC ≥ 20): trade signal EXIT_IMMEDIATELY,
/// PREPARE_EXIT or STRONG_ENTRY, with the scores (BC 0-28, Spring 0-12).
/// </summary>
public sealed record ActiveAlertDto(string Ticker, DateOnly SessionDate, string TradeSignal, int BcScore, int SpringScore);
