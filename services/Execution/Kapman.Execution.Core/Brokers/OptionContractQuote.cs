using Kapman.MarketData;

namespace Kapman.Execution.Core.Brokers;

/// <summary>One contract of an option chain with its quote (Tradier <c>GET /v1/markets/options/chains</c>).</summary>
/// <param name="OccSymbol">The contract as a Kapman OCC symbol without padding.</param>
/// <param name="Underlying">The underlying ticker.</param>
/// <param name="Expiration">The expiration date.</param>
/// <param name="Right">Call or put.</param>
/// <param name="Strike">Strike in $ per share.</param>
/// <param name="Bid">Best bid in $ per share, or null.</param>
/// <param name="Ask">Best ask in $ per share, or null.</param>
/// <param name="Last">Last trade in $ per share, or null.</param>
/// <param name="Volume">Contracts traded in the session, or null.</param>
/// <param name="OpenInterest">Open contracts, or null.</param>
/// <param name="ContractSize">Shares per contract (100 for standard equity options).</param>
/// <param name="Greeks">The broker's greeks, or null when not asked for or not available.</param>
public sealed record OptionContractQuote(
    string OccSymbol,
    string Underlying,
    DateOnly Expiration,
    OptionRight Right,
    decimal Strike,
    decimal? Bid,
    decimal? Ask,
    decimal? Last,
    long? Volume,
    long? OpenInterest,
    int ContractSize,
    OptionGreeks? Greeks);
