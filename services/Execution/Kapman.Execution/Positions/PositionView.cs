using Kapman.Execution.Apis;
using Kapman.Execution.Core.Positions;
using Kapman.Execution.Data;
using Kapman.Execution.Trading;

namespace Kapman.Execution.Positions;

/// <summary>
/// The position groups of <c>GET /positions</c> from the position book, marked with the latest stored chain (the options read contract)
/// on or before today: unrealised P&amp;L = Σ (mid − average) × signed contracts × 100 over the marked legs (<see cref="Position.Unrealized"/>);
/// realised = Σ realised − commissions; net greeks by <see cref="GreeksAggregator"/> with <see cref="ModelGreeks"/>.
/// </summary>
public sealed class PositionView(PositionStore positions, StoredChainReader chain, TimeProvider clock)
{
    /// <summary>The groups holding contracts (all groups, flat ones included, when <paramref name="includeClosed"/>).</summary>
    public async Task<IReadOnlyList<PositionDto>> ListAsync(bool includeClosed, CancellationToken ct)
    {
        var rows = await positions.AllAsync(ct);
        var groups = rows.GroupBy(p => p.GroupId, StringComparer.Ordinal).Where(g => includeClosed || g.Any(p => p.NetContracts != 0)).ToList();
        var today = MarketDate.Of(clock.GetUtcNow());
        var quotes = await chain.LatestAsync(groups.SelectMany(g => g.Select(p => p.OccSymbol)).Distinct(StringComparer.Ordinal).ToList(), today, ct);
        var spots = await chain.SpotsAsync(groups.Select(g => g.First().Ticker).Distinct(StringComparer.Ordinal).ToList(), today, ct);
        var greeks = new Dictionary<string, OptionGreeks>(StringComparer.Ordinal);
        foreach (var (symbol, quote) in quotes)
        {
            if (ModelGreeks.Of(quote, spots.TryGetValue(quote.Underlying, out var s) ? s : null) is { } g)
            {
                greeks[symbol] = g;
            }
        }

        return groups.Select(g => View(g.ToList(), quotes, greeks)).ToList();
    }

    private static PositionDto View(List<PositionRow> legs, IReadOnlyDictionary<string, StoredQuote> quotes, IReadOnlyDictionary<string, OptionGreeks> greeks)
    {
        var holdings = legs.Select(p => new Position(p.GroupId, p.Strategy, p.Ticker, p.OccSymbol, p.NetContracts, p.AveragePrice, p.RealizedPnl, p.Commissions)).ToList();
        var open = holdings.Where(h => !h.IsFlat).ToList();
        decimal? Mid(string symbol) => quotes.TryGetValue(symbol, out var q) && q.Bid is { } b && q.Ask is { } a ? (decimal)((b + a) / 2) : null;
        var marked = open.Where(h => Mid(h.OccSymbol) is not null).ToList();
        var allMarked = open.Count > 0 && marked.Count == open.Count;
        var units = open.Count == 0 ? 0 : open.Select(h => Math.Abs(h.NetContracts)).Aggregate(Gcd);
        var mark = allMarked ? open.Sum(h => h.NetContracts * Mid(h.OccSymbol)!.Value) / units : (decimal?)null;
        var asOf = allMarked ? open.Max(h => quotes[h.OccSymbol].AsOf) : (DateOnly?)null;
        var net = GreeksAggregator.Net(open, greeks);
        return new PositionDto(
            legs[0].GroupId, legs[0].Ticker, legs[0].Strategy,
            legs.Select(p => new PositionLegDto(p.OccSymbol, p.NetContracts, p.AveragePrice)).ToList(),
            mark is null ? null : Math.Round(mark.Value, 4), allMarked ? "stored-chain" : "none", asOf,
            marked.Sum(h => h.Unrealized(Mid(h.OccSymbol)!.Value)), holdings.Sum(h => h.RealizedNet),
            net.DeltaShares, net.GammaSharesPerDollar, net.ThetaDollarsPerDay, net.VegaDollarsPerVolPoint, legs.Any(p => p.Simulated));
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
