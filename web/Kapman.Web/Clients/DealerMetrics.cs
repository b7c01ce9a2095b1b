namespace Kapman.Web.Clients;

/// <summary>An underlying's dealer metrics for a session (options API <c>GET /dealer-metrics?session=D</c>).</summary>
/// <param name="Underlying">Underlying ticker.</param>
/// <param name="SessionDate">Session.</param>
/// <param name="Spot">Underlying price, USD.</param>
/// <param name="TotalGex">Total gamma exposure, USD per 1% move.</param>
/// <param name="NetGex">Net (call minus put) gamma exposure, USD per 1% move.</param>
/// <param name="CallWalls">Up to 3 call strikes with the most open interest, most first.</param>
/// <param name="PutWalls">Up to 3 put strikes with the most open interest, most first.</param>
public sealed record DealerMetrics(
    string Underlying, DateOnly SessionDate, double Spot, double TotalGex, double NetGex,
    IReadOnlyList<StrikeWall> CallWalls, IReadOnlyList<StrikeWall> PutWalls);
