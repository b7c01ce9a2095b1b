namespace Kapman.Execution.Data;

/// <summary>One contract of a stored chain (the options read contract <c>options_api.contracts_v1</c>): prices in $ per share.</summary>
/// <param name="OccSymbol">OCC symbol without padding.</param>
/// <param name="Underlying">The underlying ticker.</param>
/// <param name="Right"><c>call</c> or <c>put</c>.</param>
/// <param name="Expiration">Expiry.</param>
/// <param name="Strike">Strike.</param>
/// <param name="Bid">Best bid, or null.</param>
/// <param name="Ask">Best ask, or null.</param>
/// <param name="Delta">Delta per share, or null when it could not be computed.</param>
/// <param name="AsOf">The session of the stored chain.</param>
public sealed record StoredQuote(string OccSymbol, string Underlying, string Right, DateOnly Expiration, double Strike, double? Bid, double? Ask, double? Delta, DateOnly AsOf);
