using Kapman.Execution.Core.Risk;
using Kapman.Execution.Data;
using Kapman.Execution.Trading;
using Kapman.OptionMath;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Risk;

/// <summary>
/// Builds the risk book (docs/domain/risk-book.md) of the position book, marked with the latest stored chain on or before today (the options
/// read contract, as <see cref="Positions.PositionView"/>), spots from the stored dealer metrics (else the latest stored close), and daily σ
/// and beta from the stored bars (the market read contract). <see cref="EntryVerdictAsync"/> adds an entry order's legs to it and applies
/// the caps (<see cref="RiskGate.CheckEntry"/>).
/// </summary>
public sealed class RiskBookService(PositionStore positions, StoredChainReader chain, MarketBarsReader bars, IOptions<RiskOptions> options, TimeProvider clock)
{
    /// <summary>The book now, and the latest session of the stored quotes that marked it (null when nothing is marked).</summary>
    public async Task<(RiskBook Book, DateOnly? MarksAsOf)> NowAsync(CancellationToken ct) => await BuildAsync(await HeldAsync(ct), ct);

    /// <summary>The caps' verdict on <paramref name="order"/> (an entry order): the book now against the book with the order filled.</summary>
    public async Task<(RiskVerdict Verdict, RiskBook Before, RiskBook After)> EntryVerdictAsync(OrderRow order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var held = await HeldAsync(ct);
        var after = new Dictionary<string, int>(held, StringComparer.Ordinal);
        foreach (var leg in order.Legs)
        {
            var signed = (leg.Side == "BUY" ? 1 : -1) * leg.Ratio * (order.Quantity - order.FilledQuantity);
            after[leg.OccSymbol] = after.GetValueOrDefault(leg.OccSymbol) + signed;
        }

        var (before, _) = await BuildAsync(held, ct);
        var (with, _) = await BuildAsync(after, ct);
        return (RiskGate.CheckEntry(before.Total, with.Total, options.Value.Caps.Limits()), before, with);
    }

    /// <summary>Net signed contracts by OCC symbol over every group.</summary>
    private async Task<Dictionary<string, int>> HeldAsync(CancellationToken ct) =>
        (await positions.AllAsync(ct)).Where(p => p.NetContracts != 0).GroupBy(p => p.OccSymbol, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.NetContracts), StringComparer.Ordinal);

    private async Task<(RiskBook Book, DateOnly? MarksAsOf)> BuildAsync(IReadOnlyDictionary<string, int> held, CancellationToken ct)
    {
        var settings = options.Value;
        var today = MarketDate.Of(clock.GetUtcNow());
        var open = held.Where(h => h.Value != 0).ToList();
        var quotes = await chain.LatestAsync([.. open.Select(h => h.Key)], today, ct);
        var tickers = quotes.Values.Select(q => q.Underlying).Append(settings.Benchmark).Distinct(StringComparer.Ordinal).ToList();
        var spots = new Dictionary<string, double>(await chain.SpotsAsync(tickers, today, ct), StringComparer.Ordinal);
        var closes = await bars.ClosesAsync(tickers, today, Math.Max(settings.BetaWindowSessions, settings.VolatilityWindowSessions) + 1, ct);
        foreach (var (ticker, series) in closes)
        {
            if (!spots.ContainsKey(ticker) && series.Count > 0)
            {
                spots[ticker] = series[^1].Close;
            }
        }

        var benchmarkCloses = closes.GetValueOrDefault(settings.Benchmark) ?? [];
        var markets = tickers.Where(spots.ContainsKey).ToDictionary(t => t, t =>
        {
            var series = closes.GetValueOrDefault(t) ?? [];
            return new UnderlyingMarket(t, spots[t],
                ReturnStatistics.DailyVolatility(series, settings.VolatilityWindowSessions, settings.MinimumSessions),
                ReturnStatistics.Beta(series, benchmarkCloses, settings.BetaWindowSessions, settings.MinimumSessions));
        }, StringComparer.Ordinal);
        var holdings = new List<RiskHolding>();
        foreach (var (symbol, contracts) in open)
        {
            if (quotes.TryGetValue(symbol, out var quote) && RiskInputs.Holding(quote, contracts, spots.TryGetValue(quote.Underlying, out var s) ? s : null) is { } h)
            {
                holdings.Add(h);
            }
        }

        var book = RiskBookBuilder.Build(holdings, markets, settings.Benchmark, spots.TryGetValue(settings.Benchmark, out var b) ? b : null,
            PricingInputs.Default, RiskScenario.Standard(settings.VolatilityShockPoints), open.Count - holdings.Count);
        return (book, holdings.Count == 0 ? null : holdings.Max(h => quotes[h.OccSymbol].AsOf));
    }
}
