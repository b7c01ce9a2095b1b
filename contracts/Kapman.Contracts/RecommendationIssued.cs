namespace Kapman.Contracts;

/// <summary>
/// A recommendation naming real listed contracts was stored. Version 2 carries what execution needs to build the order without
/// reading the recommendation service's tables: the legs, the net limit and the size. A version-1 message has none of them (null).
/// </summary>
/// <param name="RecommendationId">Key in the recommendation service's own store.</param>
/// <param name="Ticker">Underlying ticker.</param>
/// <param name="Strategy">Strategy name, e.g. <c>LONG_CALL</c>, <c>BULL_CALL_DEBIT</c>.</param>
/// <param name="Legs">The legs, bought leg first, each a contract of the session's stored chain (version 2).</param>
/// <param name="NetLimitPrice">
/// Net limit in $ per share: Σ bought mids − Σ sold mids (the plan's net premium), positive for a debit paid, negative for a credit
/// received (version 2).
/// </param>
/// <param name="Contracts">Suggested size in combo units (each leg trades <c>Contracts × leg ratio</c> contracts), ≥ 1 (version 2).</param>
/// <param name="Expiration">The legs' common expiry (version 2).</param>
/// <param name="Dte">Calendar days from the session to the expiry (version 2).</param>
public sealed record RecommendationIssued(
    Guid RunId,
    DateOnly SessionDate,
    Guid RecommendationId,
    string Ticker,
    string Strategy,
    IReadOnlyList<RecommendedLeg>? Legs = null,
    double? NetLimitPrice = null,
    int? Contracts = null,
    DateOnly? Expiration = null,
    int? Dte = null,
    int SchemaVersion = 2) : IIntegrationEvent;
