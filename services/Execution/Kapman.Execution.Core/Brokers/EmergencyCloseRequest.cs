namespace Kapman.Execution.Core.Brokers;

/// <summary>
/// A market order that closes a position group at any price: the one path to a market order (docs/domain/execution.md#market-orders, seed 003 Appendix G, the VIX-spike
/// escalation after <c>VIX_EMERGENCY_TIMEOUT_SECONDS</c> = 30 s without a limit fill; §11 risk mitigations 1 and 8).
/// </summary>
/// <param name="Underlying">The underlying ticker.</param>
/// <param name="Legs">One to four legs, all closing (buy_to_close or sell_to_close).</param>
/// <param name="Reason">Why the market order is sent, for the audit trail; required.</param>
/// <param name="Tag">Optional client tag stored with the order.</param>
public sealed record EmergencyCloseRequest(string Underlying, IReadOnlyList<OrderLeg> Legs, string Reason, string? Tag = null);
