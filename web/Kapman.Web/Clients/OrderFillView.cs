namespace Kapman.Web.Clients;

/// <summary>One fill of an order leg (execution API <c>GET /orders/{id}</c>).</summary>
/// <param name="OccSymbol">OCC option symbol.</param>
/// <param name="Quantity">Contracts filled.</param>
/// <param name="Price">Fill price, dollars per share.</param>
/// <param name="Commission">Commission in dollars for this fill.</param>
/// <param name="At">When.</param>
/// <param name="Simulated">True for a paper (modelled) fill rather than a broker's execution.</param>
public sealed record OrderFillView(string OccSymbol, int Quantity, decimal Price, decimal Commission, DateTimeOffset At, bool Simulated);
