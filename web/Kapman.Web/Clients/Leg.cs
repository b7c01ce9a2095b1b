namespace Kapman.Web.Clients;

/// <summary>One leg of a recommendation (recommendation API, <c>legs[]</c>).</summary>
/// <param name="OccSymbol">OCC symbol of the listed contract.</param>
/// <param name="Side">BUY or SELL.</param>
/// <param name="Right">call or put.</param>
/// <param name="Expiration">Expiration.</param>
/// <param name="Strike">Strike, USD.</param>
/// <param name="Price">Entry price per share, USD.</param>
/// <param name="Bid">Bid, USD.</param>
/// <param name="Ask">Ask, USD.</param>
/// <param name="Delta">Delta.</param>
/// <param name="OpenInterest">Open interest, contracts.</param>
public sealed record Leg(string OccSymbol, string Side, string Right, DateOnly Expiration, double Strike, double Price, double? Bid, double? Ask, double? Delta, long OpenInterest);
