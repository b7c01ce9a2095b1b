namespace Kapman.Options.Core;

/// <summary>Dealer positioning of one underlying on one session (see <see cref="DealerMetricsCalculator"/>).</summary>
/// <param name="Underlying">Underlying ticker.</param>
/// <param name="AsOf">Session date.</param>
/// <param name="Spot">Underlying price in $ per share used for the exposures.</param>
/// <param name="Contracts">Number of contracts given to the calculation (with or without greeks).</param>
/// <param name="TotalGex">Σ |GEX| over calls and puts, in $ per 1 % move (gross gamma notional).</param>
/// <param name="NetGex">Σ GEX(calls) − Σ GEX(puts), in $ per 1 % move (dealers long calls, short puts).</param>
/// <param name="CallWalls">The (up to) 3 call strikes with the most open interest, most first.</param>
/// <param name="PutWalls">The (up to) 3 put strikes with the most open interest, most first.</param>
public sealed record DealerMetrics(
    string Underlying,
    DateOnly AsOf,
    double Spot,
    int Contracts,
    double TotalGex,
    double NetGex,
    IReadOnlyList<StrikeWall> CallWalls,
    IReadOnlyList<StrikeWall> PutWalls);
