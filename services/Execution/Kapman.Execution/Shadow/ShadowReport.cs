using System.Text.Json;
using Kapman.Execution.Apis;
using Kapman.Execution.Brokers.Paper;
using Kapman.Execution.Core.Fills;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Data;
using Kapman.Execution.Orders;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Shadow;

/// <summary>
/// The shadow report (docs/domain/execution.md#shadow-mode, seed 003 §9 task 10.2.2 <c>compare_performance</c>): for each filled SHADOW entry
/// in a session range, what the shadow order got (its walked fill, on the chain stored when it filled) against what the paper broker's
/// model fills the same approval for at once on the chain the recommendation was priced on (the approval's session): the approval's
/// legs and ratios at the shadow order's filled units, mid ± <see cref="PaperOptions.SlippageTicks"/>, with the paper broker's settings and
/// generator seed, as a marketable order (no limit). <see cref="ShadowComparer"/> summarises the pairs with the shadow fill in the place of
/// the live one. Both sides are the paper model's: every figure is simulated. Read-only.
/// </summary>
public sealed class ShadowReport(ShadowOrderStore orders, StoredChainReader chain, IOptions<PaperOptions> paper)
{
    /// <summary>What the report compares, in words, returned with it.</summary>
    public const string Basis =
        "shadow: the SHADOW order's walked fill (simulated, on the chain stored when it filled); paper: the paper model's immediate fill of the " +
        "same approval at the same units on the stored chain of the approval's session (simulated); error per share = shadow - paper for a " +
        "debit, paper - shadow for a credit (positive: the paper model was optimistic)";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The report of the orders whose session is in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public async Task<ShadowReportDto> BuildAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var settings = paper.Value;
        var compared = new List<(ShadowOrderRow Row, ShadowFillPair Pair, DateOnly AsOf)>();
        var unpriced = new List<ShadowUnpricedDto>();
        foreach (var row in await orders.FilledAsync(from, to, ct))
        {
            var legs = JsonSerializer.Deserialize<List<ApprovedLeg>>(row.Legs, Json) ?? [];
            var type = OrderTexts.ParsePriceType(row.PriceType);
            var stored = await chain.LatestAsync(legs.Select(l => l.OccSymbol).ToList(), row.ApprovalSession, ct);
            var combo = new ComboOrder(row.OrderId.ToString(), row.OrderId.ToString(), row.Strategy, row.Ticker,
                legs.Select(l => new OrderLeg(l.OccSymbol, l.Side == "BUY" ? OrderSide.Buy : OrderSide.Sell, l.Ratio, PositionEffect.Open)).ToList(),
                row.FilledQuantity, type, type == PriceType.NetCredit ? decimal.MinValue : decimal.MaxValue);
            var result = PaperFillModel.TryFill(combo, row.FilledQuantity, PaperQuotes.From(stored, settings.AssumedQuoteSize), settings.FillSettings(),
                new SplitMix64(unchecked((ulong)settings.Seed)));
            if (result.Fill is not { } fill || legs.Count == 0)
            {
                unpriced.Add(new ShadowUnpricedDto(row.OrderId, row.Ticker, result.Reason ?? "the approval has no legs"));
                continue;
            }

            compared.Add((row, new ShadowFillPair(row.OrderId.ToString(), type, fill.Quantity, row.AverageFillPrice, fill.NetPrice), stored.Values.Max(q => q.AsOf)));
        }

        var summary = ShadowComparer.Compare(compared.Select(c => c.Pair).ToList());
        return new ShadowReportDto(from, to, true, Basis,
            compared.Select(c => new ShadowOrderDto(c.Row.OrderId, c.Row.RecommendationId, c.Row.Ticker, c.Row.Strategy, c.Row.PriceType, c.Pair.Quantity,
                c.Pair.LiveNetPrice, c.Pair.PaperNetPrice, c.AsOf, c.Pair.ModelErrorPerShare, c.Pair.ModelErrorDollars, true)).ToList(),
            unpriced, new ShadowSummaryDto(summary.Orders, summary.MeanErrorPerShare, summary.WorstErrorPerShare, summary.TotalErrorDollars, true));
    }
}
