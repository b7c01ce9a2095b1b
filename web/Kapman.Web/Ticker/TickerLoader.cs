using Kapman.Web.Clients;
using Microsoft.Extensions.Caching.Memory;

namespace Kapman.Web.Ticker;

/// <summary>
/// Loads the Ticker page's sections; failures are captured per section, never thrown. The option chain (7,011
/// contracts for SPY in the sample) is cached per ticker and session for <see cref="ChainCacheTime"/>, so repeated
/// views do not re-read it; only successful reads are cached. The session is that of the latest dealer metrics when
/// they list the ticker, else that of the ticker's own latest dealer-metrics row (its latest chain, e.g. SPY's
/// 2025-08-26 chain while later sessions have chains for other underlyings only).
/// </summary>
public sealed class TickerLoader(MarketClient market, WyckoffClient wyckoff, IMemoryCache cache)
{
    /// <summary>How long a chain read stays cached (bounds staleness after a rerun of the same session).</summary>
    public static readonly TimeSpan ChainCacheTime = TimeSpan.FromSeconds(60);

    /// <summary>Loads indicators, the Wyckoff snapshot, the option chain, dealer metrics, GEX by strike and the gamma flip of <paramref name="ticker"/>.</summary>
    public async Task<TickerView> LoadAsync(string ticker, CancellationToken cancellationToken)
    {
        var indicators = market.GetIndicatorsAsync(ticker, cancellationToken);
        var snapshot = wyckoff.GetLatestAsync(ticker, cancellationToken);
        var gex = market.GetGexByStrikeAsync(ticker, cancellationToken);
        var flip = market.GetDealerRowAsync(ticker, cancellationToken);
        var dealerTask = market.GetDealerMetricsAsync(cancellationToken);
        var row = await flip;
        var dealer = Pick(await dealerTask, d => d.Underlying == ticker);
        var chain = await ChainAsync(ticker, dealer.Value?.SessionDate ?? row.Value?.AsOf, cancellationToken);
        return new TickerView(
            ticker,
            await indicators,
            await snapshot,
            chain,
            dealer,
            await gex,
            row);
    }

    private static GatewayResult<T?> Pick<T>(GatewayResult<IReadOnlyList<T>> all, Func<T, bool> match)
        where T : class =>
        new(all.Outcome, all.Value?.FirstOrDefault(match), all.Detail);

    private async Task<GatewayResult<IReadOnlyList<OptionContract>>> ChainAsync(string ticker, DateOnly? session, CancellationToken cancellationToken)
    {
        var key = (nameof(ChainAsync), ticker, session);
        if (session is not null && cache.TryGetValue(key, out GatewayResult<IReadOnlyList<OptionContract>>? cached) && cached is not null)
        {
            return cached;
        }

        var chain = await market.GetChainAsync(ticker, session, cancellationToken);
        if (session is not null && chain.Outcome == GatewayOutcome.Ok)
        {
            cache.Set(key, chain, ChainCacheTime);
        }

        return chain;
    }
}
