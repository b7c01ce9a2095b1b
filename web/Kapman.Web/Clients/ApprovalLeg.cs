namespace Kapman.Web.Clients;

/// <summary>One leg of a recommendation awaiting approval (execution API <c>GET /approvals</c>).</summary>
/// <param name="OccSymbol">OCC option symbol.</param>
/// <param name="Side">BUY or SELL.</param>
/// <param name="Quantity">Contracts per combo unit.</param>
/// <param name="LimitPrice">The leg's price in dollars per share, when the recommendation gave one.</param>
public sealed record ApprovalLeg(string OccSymbol, string Side, int Quantity, decimal? LimitPrice);
