namespace Kapman.Web.Clients;

/// <summary>One leg of a position (execution API <c>GET /positions</c>).</summary>
/// <param name="OccSymbol">OCC option symbol.</param>
/// <param name="Quantity">Contracts held, negative when short.</param>
/// <param name="AveragePrice">Average opening price, dollars per share.</param>
public sealed record PositionLegView(string OccSymbol, int Quantity, decimal AveragePrice);
