namespace Kapman.Web.Clients;

/// <summary>One listed contract with greeks (options API <c>GET /contracts?underlying=T</c>).</summary>
/// <param name="OccSymbol">OCC symbol.</param>
/// <param name="Right">call or put.</param>
/// <param name="Expiration">Expiration date.</param>
/// <param name="Strike">Strike, USD.</param>
/// <param name="Bid">Bid, USD.</param>
/// <param name="Ask">Ask, USD.</param>
/// <param name="OpenInterest">Open interest, contracts.</param>
/// <param name="Iv">Implied volatility, annualised fraction.</param>
/// <param name="Delta">Delta per share.</param>
/// <param name="Gamma">Gamma per share per USD.</param>
/// <param name="Theta">Theta, USD per day.</param>
/// <param name="Vega">Vega, USD per volatility point.</param>
/// <param name="Dte">Calendar days to expiration.</param>
public sealed record OptionContract(
    string OccSymbol, string Right, DateOnly Expiration, double Strike, double? Bid, double? Ask, long OpenInterest,
    double? Iv, double? Delta, double? Gamma, double? Theta, double? Vega, int Dte);
