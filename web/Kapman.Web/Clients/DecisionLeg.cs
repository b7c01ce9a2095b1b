namespace Kapman.Web.Clients;

/// <summary>One leg of a decision-core candidate (recommendation API, <c>decisions[].legs[]</c>): quantity −1 sold, +1 bought; prices $ per share.</summary>
public sealed record DecisionLeg(
    string OccSymbol, int Quantity, string Right, DateOnly Expiration, double Strike, double? Bid, double? Ask, double? Mid, double Delta,
    double? ImpliedVolatility, long Volume, long OpenInterest);
