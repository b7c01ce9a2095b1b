namespace Kapman.Web.Clients;

/// <summary>One leg of an order (execution API <c>GET /orders/{id}</c>).</summary>
/// <param name="OccSymbol">OCC option symbol.</param>
/// <param name="Side">BUY or SELL.</param>
/// <param name="Quantity">Contracts per combo unit.</param>
/// <param name="PositionEffect">OPEN or CLOSE.</param>
public sealed record OrderLegView(string OccSymbol, string Side, int Quantity, string PositionEffect);
