namespace Kapman.Execution.Apis;

/// <summary>The body of <c>GET /shadow-report</c>: the range, what is compared (<see cref="Basis"/>), each order, those not priced, the summary.</summary>
public sealed record ShadowReportDto(
    DateOnly From, DateOnly To, bool Simulated, string Basis, IReadOnlyList<ShadowOrderDto> Orders, IReadOnlyList<ShadowUnpricedDto> Unpriced, ShadowSummaryDto Summary);
