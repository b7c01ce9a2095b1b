namespace Kapman.TradierStandIn;

/// <summary>One option contract the stand-in lists in chains and quotes; prices in $ per share.</summary>
/// <param name="Symbol">OCC symbol without padding, as Tradier writes it.</param>
/// <param name="Underlying">The underlying ticker.</param>
/// <param name="Expiration">Expiration date.</param>
/// <param name="OptionType"><c>call</c> or <c>put</c>.</param>
/// <param name="Strike">Strike in $.</param>
/// <param name="Bid">Bid.</param>
/// <param name="Ask">Ask.</param>
/// <param name="Delta">Delta sent in <c>greeks</c>.</param>
/// <param name="MidIv">Mid implied volatility (fraction) sent in <c>greeks</c>.</param>
/// <param name="OpenInterest">Open interest.</param>
public sealed record StandInContract(string Symbol, string Underlying, DateOnly Expiration, string OptionType, decimal Strike, decimal Bid, decimal Ask, decimal Delta, decimal MidIv, long OpenInterest)
{
    /// <summary>(bid + ask) / 2.</summary>
    public decimal Mid => (Bid + Ask) / 2m;
}
