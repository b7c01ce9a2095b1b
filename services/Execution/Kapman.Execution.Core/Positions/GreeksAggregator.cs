namespace Kapman.Execution.Core.Positions;

/// <summary>
/// Net greeks of holdings: each greek per share × signed contracts × 100, summed (docs/domain/execution.md#net-greeks, seed 003 §6 task 7.2.1). Delta
/// is not beta-weighted across underlyings here: the total adds shares of different underlyings, which is
/// meaningful only per underlying or after the risk book beta-weights it.
/// </summary>
public static class GreeksAggregator
{
    /// <summary>Net greeks of every holding, keyed <c>*</c>.</summary>
    public static NetGreeks Net(IEnumerable<Position> positions, IReadOnlyDictionary<string, OptionGreeks> greeks) =>
        Sum("*", positions, greeks);

    /// <summary>Net greeks per underlying, ordered by key.</summary>
    public static IReadOnlyList<NetGreeks> ByUnderlying(IEnumerable<Position> positions, IReadOnlyDictionary<string, OptionGreeks> greeks) =>
        positions.GroupBy(p => p.Underlying, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Sum(g.Key, g, greeks))
            .ToList();

    private static NetGreeks Sum(string key, IEnumerable<Position> positions, IReadOnlyDictionary<string, OptionGreeks> greeks)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(greeks);
        double delta = 0, gamma = 0, theta = 0, vega = 0;
        var missing = 0;
        foreach (var p in positions.Where(p => !p.IsFlat))
        {
            if (!greeks.TryGetValue(p.OccSymbol, out var g))
            {
                missing++;
                continue;
            }

            double shares = p.NetContracts * ContractMultiplier.SharesPerContract;
            delta += g.Delta * shares;
            gamma += g.Gamma * shares;
            theta += g.Theta * shares;
            vega += g.Vega * shares;
        }

        return new NetGreeks(key, delta, gamma, theta, vega, missing);
    }
}
