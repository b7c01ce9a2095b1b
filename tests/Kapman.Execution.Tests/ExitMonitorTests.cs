using System.Net.Http.Json;
using System.Text.Json;
using Kapman.Execution.Data;
using Kapman.Execution.Exits;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Execution.Tests;

/// <summary>
/// The exit monitor on real servers, scans driven by the test (the worker's interval is an hour). The entry: 2 SPY 2025-09-19 650 calls
/// bought on the 2025-08-26 chain (bid 2.45, ask 2.55): the walk from 2.50 by 0.01 fills at the paper model's mid + 2 ticks, 2.52 (as in
/// <see cref="OrderFlowTests"/>). Rules: a 40 % profit target, so P&amp;L per share ≥ 0.40 × 2.52 = 1.008, a mark ≥ 3.528; 3 persistence
/// scans; no grace period (the 15 minutes are the core's tests'). Later sessions of the chain move the mark.
/// </summary>
[TestFixture]
public sealed class ExitMonitorTests
{
    private const string Call = "SPY250919C00650000";
    private static readonly DateOnly Expiry = new(2025, 9, 19);
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed()
    {
        bed = await ExecutionTestBed.CreateAsync();
        await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 2.45, 2.55, 0.45, new DateOnly(2025, 8, 26));
    }

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [Test]
    public async Task A_mark_over_the_target_for_three_scans_closes_the_position_with_a_walked_limit_even_in_safe_mode()
    {
        await using var host = new ExecutionHost(Settings());
        var client = ExecutionTestBed.Client(host);
        var group = await EnterAsync(client);
        // Mid (3.55 + 3.65) / 2 = 3.60: P&L 3.60 − 2.52 = 1.08 ≥ 1.008; the jump from no prior mark is not suspect.
        await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 3.55, 3.65, 0.60, new DateOnly(2025, 8, 27));
        var safe = await client.PostAsJsonAsync(new Uri("/kill-switch", UriKind.Relative), new { mode = "safe_mode", reason = "exits still run" });
        var monitor = host.Services.GetRequiredService<ExitMonitor>();

        var scans = new List<ExitDecisionRow>();
        for (var i = 0; i < 3; i++)
        {
            scans.AddRange(await monitor.ScanAsync(CancellationToken.None));
        }

        var closeId = scans[^1].OrderId!.Value;
        var close = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{closeId}", UriKind.Relative)),
            o => o.GetProperty("state").GetString() == "filled", "the closing order to fill");
        var (net, realized, commissions) = await bed.ScalarAsync<string>(
            "SELECT net_contracts || '|' || realized_pnl || '|' || commissions FROM positions WHERE group_id = @group", new { group }) is var text
            && text.Split('|') is [var n, var r, var c]
            ? (int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(r, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(c, System.Globalization.CultureInfo.InvariantCulture))
            : default;
        var after = await monitor.ScanAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(safe.IsSuccessStatusCode, Is.True);
            Assert.That(scans.Select(s => (s.Action, s.Reason, s.Mark, s.PnlPerShare)), Is.EqualTo(new[]
            {
                ("HOLD", "NONE", (decimal?)3.60m, (decimal?)1.08m), ("HOLD", "NONE", 3.60m, 1.08m), ("EXIT", "PROFIT_TARGET", 3.60m, 1.08m),
            }));
            Assert.That(scans.Select(s => s.Detail.Split(';')[0]), Is.EqualTo(new[] { "target 1/3", "target 2/3", "target held 3 scans (P&L 216.00 $)" }),
                "1.08 × 2 contracts × 100 = $216");
            // Selling 2 calls: a credit walk from the mark 3.60 down by 0.01; the model sells at max(bid, mid − 2 × 0.01) = 3.58.
            Assert.That(close.GetProperty("legs").EnumerateArray().Select(l => (l.GetProperty("side").GetString(), l.GetProperty("quantity").GetInt32(), l.GetProperty("positionEffect").GetString())),
                Is.EqualTo(new[] { ("SELL", 2, "CLOSE") }));
            Assert.That(close.GetProperty("walkSteps").EnumerateArray().Select(s => (s.GetProperty("price").GetDecimal(), s.GetProperty("outcome").GetString()!.Split(':')[0])),
                Is.EqualTo(new[] { (3.60m, "NO_FILL"), (3.59m, "NO_FILL"), (3.58m, "FILLED") }));
            Assert.That(close.GetProperty("averageFillPrice").GetDecimal(), Is.EqualTo(3.58m));
            Assert.That(net, Is.Zero, "the group is flat");
            Assert.That(realized, Is.EqualTo(212.00m), "(3.58 − 2.52) × 2 × 100");
            Assert.That(commissions, Is.EqualTo(2.60m), "4 contracts traded × $0.65");
            Assert.That(after, Is.Empty, "a flat group is not scanned");
        });
    }

    [Test]
    public async Task No_bid_crossed_and_jumping_marks_count_nothing_toward_the_target()
    {
        await using var host = new ExecutionHost(Settings());
        var client = ExecutionTestBed.Client(host);
        var group = await EnterAsync(client);
        var monitor = host.Services.GetRequiredService<ExitMonitor>();

        var first = await monitor.ScanAsync(CancellationToken.None);
        // A mid of (0 + 8.00) / 2 = 4.00 would be P&L 1.48, over the target, but nobody bids.
        await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 0.0, 8.00, 0.60, new DateOnly(2025, 8, 27));
        var noBid = await monitor.ScanAsync(CancellationToken.None);
        await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 4.00, 3.50, 0.60, new DateOnly(2025, 8, 28));
        var crossed = await monitor.ScanAsync(CancellationToken.None);
        // A real quote, mid 4.00, but |4.00 − 2.50| / 2.50 = 60 % > 50 % from the prior scan's mark: deferred once.
        await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 3.95, 4.05, 0.60, new DateOnly(2025, 8, 29));
        var jump = await monitor.ScanAsync(CancellationToken.None);
        var counts = await bed.ScalarAsync<string>(
            "SELECT consecutive_target_scans || '|' || consecutive_stop_scans || '|' || last_mark FROM exit_scans WHERE group_id = @group", new { group });
        var closes = await bed.ScalarAsync<long>("SELECT count(*) FROM orders WHERE purpose = 'CLOSE'");
        var journal = await bed.ScalarAsync<long>("SELECT count(*) FROM journal WHERE kind = 'EXIT' AND text LIKE '%DEFER%'");

        Assert.Multiple(() =>
        {
            // Mid 2.50: P&L 2.50 − 2.52 = −0.02.
            Assert.That((first[0].Action, first[0].Mark, first[0].PnlPerShare, first[0].Detail), Is.EqualTo(("HOLD", (decimal?)2.50m, (decimal?)-0.02m, "no exit condition")));
            Assert.That((noBid[0].Action, noBid[0].Mark), Is.EqualTo(("HOLD", (decimal?)null)));
            Assert.That(noBid[0].Detail, Does.Contain("no mark").And.Contain($"{Call}: no bid"));
            Assert.That((crossed[0].Action, crossed[0].Mark), Is.EqualTo(("HOLD", (decimal?)null)));
            Assert.That(crossed[0].Detail, Does.Contain($"{Call}: crossed"));
            Assert.That((jump[0].Action, jump[0].Mark, jump[0].PnlPerShare), Is.EqualTo(("DEFER", (decimal?)4.00m, (decimal?)null)));
            Assert.That(jump[0].Detail, Does.StartWith("suspect mark 4.00 vs prior 2.50"));
            Assert.That(counts, Is.EqualTo("0|0|4.00"), "no streak; the deferred mark is the next scan's prior");
            Assert.That(closes, Is.Zero);
            Assert.That(journal, Is.EqualTo(1), "the defer is journalled, the holds are in exit_decisions only");
        });
    }

    [Test]
    public async Task The_target_streak_survives_a_restart()
    {
        var settings = Settings();
        string group;
        IReadOnlyList<ExitDecisionRow> beforeRestart;
        await using (var first = new ExecutionHost(settings))
        {
            group = await EnterAsync(ExecutionTestBed.Client(first));
            await bed.StoreContractAsync(Call, "SPY", "call", Expiry, 650, 3.55, 3.65, 0.60, new DateOnly(2025, 8, 27));
            var monitor = first.Services.GetRequiredService<ExitMonitor>();
            await monitor.ScanAsync(CancellationToken.None);
            beforeRestart = await monitor.ScanAsync(CancellationToken.None);
        }

        var stored = await bed.ScalarAsync<int>("SELECT consecutive_target_scans FROM exit_scans WHERE group_id = @group", new { group });
        await using var second = new ExecutionHost(settings);
        var afterRestart = await second.Services.GetRequiredService<ExitMonitor>().ScanAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(beforeRestart[0].Detail, Is.EqualTo("target 2/3"));
            Assert.That(stored, Is.EqualTo(2));
            Assert.That((afterRestart[0].Action, afterRestart[0].Reason), Is.EqualTo(("EXIT", "PROFIT_TARGET")), "the third scan counts on the two stored ones");
            Assert.That(afterRestart[0].OrderId, Is.Not.Null);
        });
    }

    private Dictionary<string, string?> Settings() => bed.Settings(
        ("Kapman:Execution:Exits:IntervalMs", "3600000"), ("Kapman:Execution:Exits:GracePeriodSeconds", "0"),
        ("Kapman:Execution:Exits:ProfitTargetFraction", "0.40"));

    /// <summary>Approves 2 calls and waits for the fill; returns the position group (the entry order's id).</summary>
    private async Task<string> EnterAsync(HttpClient client)
    {
        var recommendation = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 2, (Call, "BUY", 2.50m));
        var approved = await client.PostAsJsonAsync(new Uri($"/approvals/{recommendation}", UriKind.Relative), new { });
        var orderId = (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{orderId}", UriKind.Relative)),
            o => o.GetProperty("state").GetString() == "filled", "the entry to fill");
        return orderId.ToString();
    }
}
