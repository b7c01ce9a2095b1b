namespace Kapman.Contracts;

/// <summary>One underlying's dealer positioning on the session, as <see cref="OptionMetricsComputed"/> carries it.</summary>
/// <param name="Underlying">The underlying, e.g. <c>SPY</c>.</param>
/// <param name="Spot">The chain snapshot's spot in $ per share.</param>
/// <param name="NetGex">Σ GEX(calls) − Σ GEX(puts) over the chain, in $ per 1 % move.</param>
/// <param name="GammaFlip">Spot in $ where the eligible contracts' net GEX changes sign, or null.</param>
/// <param name="Dgpi">Dealer Gamma Positioning Index in [−100, 100], or null.</param>
/// <param name="Position">Dealer position label (e.g. <c>LONG_GAMMA</c>), or null.</param>
/// <param name="CallWall">The call strike in $ with the most open interest (lowest strike on a tie), or null.</param>
/// <param name="PutWall">The put strike in $ with the most open interest (highest strike on a tie), or null.</param>
/// <param name="ModelVersion">The options model version that computed it.</param>
public sealed record UnderlyingDealerMetrics(
    string Underlying, double Spot, double NetGex, double? GammaFlip, double? Dgpi, string? Position, double? CallWall, double? PutWall, string ModelVersion);
