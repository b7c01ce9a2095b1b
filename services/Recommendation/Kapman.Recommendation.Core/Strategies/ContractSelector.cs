using System.Globalization;
using Kapman.MarketData;

namespace Kapman.Recommendation.Core.Strategies;

/// <summary>Liquidity screen and leg picking over the stored chain (never constructs a contract).</summary>
public static class ContractSelector
{
    /// <summary>
    /// Liquid: bid &gt; 0, ask ≥ bid, (ask − bid) / mid ≤ MaxSpreadFractionOfMid with mid = (bid + ask) / 2,
    /// open interest ≥ MinOpenInterest and a finite delta.
    /// </summary>
    public static bool IsLiquid(ChainContract contract, StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(parameters);
        return contract is { Bid: { } bid, Ask: { } ask, Delta: { } delta }
            && bid > 0 && ask >= bid && double.IsFinite(delta)
            && (ask - bid) / Mid(contract) <= parameters.MaxSpreadFractionOfMid
            && contract.OpenInterest >= parameters.MinOpenInterest;
    }

    /// <summary>(bid + ask) / 2, $ per share; only meaningful for a contract with both quotes.</summary>
    public static double Mid(ChainContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return 0.5 * (contract.Bid!.Value + contract.Ask!.Value);
    }

    /// <summary>
    /// Expirations of <paramref name="chain"/> whose DTE (calendar days from <paramref name="session"/>) lies in the
    /// window, nearest the window's middle first; ties go to the earlier expiry.
    /// </summary>
    public static IReadOnlyList<(DateOnly Expiration, int Dte)> ExpiriesByPreference(IEnumerable<ChainContract> chain, DateOnly session, DteWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return chain.Select(contract => contract.Expiration).Distinct()
            .Select(expiration => (Expiration: expiration, Dte: expiration.DayNumber - session.DayNumber))
            .Where(expiry => expiry.Dte >= window.Min && expiry.Dte <= window.Max)
            .OrderBy(expiry => Math.Abs(expiry.Dte - window.Middle)).ThenBy(expiry => expiry.Dte)
            .ToList();
    }

    /// <summary>
    /// The liquid contract of the expiry and right with |delta| in the band and nearest its target, that also
    /// satisfies <paramref name="strikeOk"/>; ties go to the higher open interest, the lower strike, then the OCC
    /// symbol. Returns the contract or a reason naming what was missing.
    /// </summary>
    public static (ChainContract? Contract, string? Missing) Pick(
        IEnumerable<ChainContract> chain, DateOnly expiration, OptionRight right, DeltaBand band, StrategyParameters parameters, Func<double, bool> strikeOk)
    {
        ArgumentNullException.ThrowIfNull(band);
        ArgumentNullException.ThrowIfNull(strikeOk);
        var chosen = chain
            .Where(c => c.Expiration == expiration && c.Right == right && IsLiquid(c, parameters)
                && band.Contains(Math.Abs(c.Delta!.Value)) && strikeOk(c.Strike))
            .OrderBy(c => Math.Abs(Math.Abs(c.Delta!.Value) - band.Target))
            .ThenByDescending(c => c.OpenInterest).ThenBy(c => c.Strike).ThenBy(c => c.OccSymbol, StringComparer.Ordinal)
            .FirstOrDefault();
        return chosen is not null
            ? (chosen, null)
            : (null, string.Create(CultureInfo.InvariantCulture,
                $"no liquid {(right == OptionRight.Call ? "call" : "put")} with |delta| {band.Min:0.00}-{band.Max:0.00} in the {expiration:yyyy-MM-dd} expiry"));
    }
}
