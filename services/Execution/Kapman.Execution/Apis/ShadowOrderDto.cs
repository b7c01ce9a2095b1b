namespace Kapman.Execution.Apis;

/// <summary>
/// One shadow order in <c>GET /shadow-report</c>: prices net $ per share read with <see cref="PriceType"/> (DEBIT or CREDIT); quantity the
/// combo units compared; error per share = paper − shadow for a credit, shadow − paper for a debit (positive: the paper model was
/// optimistic), error dollars = per share × quantity × 100. Every figure is simulated.
/// </summary>
public sealed record ShadowOrderDto(
    Guid OrderId, Guid RecommendationId, string Ticker, string Strategy, string PriceType, int Quantity, decimal ShadowPrice, decimal PaperPrice,
    DateOnly PaperAsOf, decimal ErrorPerShare, decimal ErrorDollars, bool Simulated);
