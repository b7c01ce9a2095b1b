using Kapman.Web.Clients;

namespace Kapman.Web.Ticker;

/// <summary>Which part of a (possibly 7,000-contract) chain the Ticker page lists.</summary>
public static class ChainSelection
{
    /// <summary>Strikes listed: within this fraction of spot (±10%).</summary>
    public const double StrikeBand = 0.10;

    /// <summary>
    /// The expiration shown: <paramref name="requested"/> when the chain has it, else the first expiration at least
    /// 30 days out (the recommendation window's start), else the last one; null for an empty chain.
    /// </summary>
    public static DateOnly? Expiration(IReadOnlyList<OptionContract> chain, DateOnly? requested)
    {
        var expirations = chain.Select(c => (c.Expiration, c.Dte)).Distinct().OrderBy(e => e.Expiration).ToList();
        if (expirations.Count == 0)
        {
            return null;
        }

        if (requested is { } wanted && expirations.Exists(e => e.Expiration == wanted))
        {
            return wanted;
        }

        return expirations.Find(e => e.Dte >= 30) is { Expiration: var first } && first != default ? first : expirations[^1].Expiration;
    }

    /// <summary>
    /// The contracts of <paramref name="expiration"/> with strikes within ±<see cref="StrikeBand"/> of
    /// <paramref name="spot"/> (all of them without a spot), by strike then calls before puts.
    /// </summary>
    public static IReadOnlyList<OptionContract> Rows(IReadOnlyList<OptionContract> chain, DateOnly expiration, double? spot) =>
        [.. chain
            .Where(c => c.Expiration == expiration)
            .Where(c => spot is not { } s || Math.Abs(c.Strike - s) <= s * StrikeBand)
            .OrderBy(c => c.Strike)
            .ThenBy(c => c.Right, StringComparer.Ordinal)];
}
