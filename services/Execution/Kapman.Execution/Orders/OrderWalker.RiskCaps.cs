using Kapman.Execution.Core.Orders;
using Kapman.Execution.Data;

namespace Kapman.Execution.Orders;

/// <summary>The order walker's risk gate: an entry meets the risk book's caps before its first rung.</summary>
public sealed partial class OrderWalker
{
    /// <summary>
    /// Before an entry's first rung: the risk caps' verdict on the book with the order filled (docs/domain/risk-book.md#caps-and-triggers). A
    /// blocked entry is rejected with the values compared as its reason (its journal line and <c>OrderStateChanged</c>); an allowed one
    /// journals the comparisons. Exits, flattens and a disabled risk book pass.
    /// </summary>
    private async Task<bool> WithinCapsAsync(OrderRow order, CancellationToken ct)
    {
        if (order.Purpose != "ENTRY" || order.State != "new" || !riskOptions.Value.Enabled)
        {
            return true;
        }

        var (verdict, _, after) = await risk.EntryVerdictAsync(order, ct);
        var unpriced = after.UnpricedHoldings > 0 ? $" ({after.UnpricedHoldings} holding(s) without a usable mark left out)" : "";
        await using var tx = await database.BeginAsync(ct);
        if (verdict.Allowed)
        {
            var compared = string.Join("; ", verdict.Comparisons.Select(c => c.Describe("cap")));
            await JournalStore.AddAsync(tx, new JournalRow(Now, "RISK", order.Id, order.Ticker, $"risk caps passed: {(compared.Length > 0 ? compared : "no caps configured")}{unpriced}"), ct);
        }
        else
        {
            await OrderEvents.ApplyAsync(tx, order, order.LimitPrice, OrderEvent.Rejected(clock.GetUtcNow(), $"risk cap: {verdict.Reason}{unpriced}"), ct);
        }

        await tx.CommitAsync(ct);
        return verdict.Allowed;
    }
}
