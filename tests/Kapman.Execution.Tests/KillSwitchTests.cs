using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kapman.Execution.Tests;

/// <summary>
/// The kill switch (docs/domain/execution.md#kill-switch, seed 003 Appendix F) on the paper broker with no slippage (Paper:SlippageTicks 0, so a leg fills at its mid). Fixture:
/// a call stored at bid 2.45 / ask 2.55 (fills at 2.50 on the first rung) and a put with no bid (no usable quote: its order rests).
/// </summary>
[TestFixture]
public sealed class KillSwitchTests
{
    private const string Call = "SPY250919C00650000";
    private const string Put = "SPY250919P00600000";
    private static readonly DateOnly Session = new(2025, 8, 26);
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed()
    {
        bed = await ExecutionTestBed.CreateAsync();
        await bed.StoreContractAsync(Call, "SPY", "call", new DateOnly(2025, 9, 19), 650, 2.45, 2.55, 0.45, Session);
        await bed.StoreContractAsync(Put, "SPY", "put", new DateOnly(2025, 9, 19), 600, null, 0.40, -0.10, Session);
        await bed.StoreSpotAsync("SPY", Session, 640);
    }

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [Test]
    public async Task Hard_stop_cancels_working_orders_flattens_positions_and_refuses_entries_until_an_authorised_reset()
    {
        var filled = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 2, (Call, "BUY", 2.50m));
        var resting = await bed.StoreApprovalAsync("SPY", "LONG_PUT", 0.20m, 1, (Put, "BUY", 0.20m));
        var later = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 1, (Call, "BUY", 2.50m));
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:Paper:SlippageTicks", "0"), ("Kapman:Execution:Walk:StepIntervalMs", "60000")));
        var client = ExecutionTestBed.Client(host);
        // The gateway forwards a mutating call only after checking the key, so its credential is what a keyed reset carries.
        var anonymous = host.CreateClient();
        var entry = await OrderIdAsync(await client.PostAsJsonAsync(new Uri($"/approvals/{filled}", UriKind.Relative), new { }));
        var working = await OrderIdAsync(await client.PostAsJsonAsync(new Uri($"/approvals/{resting}", UriKind.Relative), new { }));
        await ExecutionTestBed.EventuallyAsync(() => StateAsync(client, entry), s => s == "filled", "the call entry to fill");
        await ExecutionTestBed.EventuallyAsync(() => StateAsync(client, working), s => s == "working", "the put entry to rest");

        var stop = await client.PostAsJsonAsync(new Uri("/kill-switch", UriKind.Relative), new { mode = "hard_stop", reason = "test panic" });
        var stopped = await stop.Content.ReadFromJsonAsync<JsonElement>();
        await ExecutionTestBed.EventuallyAsync(() => StateAsync(client, working), s => s == "cancelled", "the resting order to be cancelled");
        var open = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri("/positions", UriKind.Relative)), p => p.GetArrayLength() == 0, "the positions to be flat");
        var closed = await client.GetFromJsonAsync<JsonElement>(new Uri("/positions?includeClosed=true", UriKind.Relative));
        var orders = await client.GetFromJsonAsync<JsonElement>(new Uri("/orders", UriKind.Relative));
        var flatten = orders.EnumerateArray().Single(o => o.GetProperty("purpose").GetString() == "FLATTEN");
        var flattenDetail = await client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{flatten.GetProperty("orderId").GetGuid()}", UriKind.Relative));
        var refused = await client.PostAsJsonAsync(new Uri($"/approvals/{later}", UriKind.Relative), new { });
        var refusal = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var resetWithoutKey = await anonymous.PostAsJsonAsync(new Uri("/kill-switch", UriKind.Relative), new { mode = "reset", reason = "all clear" });
        var reset = await client.PostAsJsonAsync(new Uri("/kill-switch", UriKind.Relative), new { mode = "reset", reason = "all clear" });
        var afterReset = await client.PostAsJsonAsync(new Uri($"/approvals/{later}", UriKind.Relative), new { });
        var switchEvents = await bed.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE message_type = 'Kapman.Contracts.KillSwitchChanged'");
        var workingDetail = await client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{working}", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(stop.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stopped.GetProperty("mode").GetString(), Is.EqualTo("hard_stop"));
            Assert.That(stopped.GetProperty("changedBy").GetString(), Is.EqualTo("operator"));
            Assert.That(open.GetArrayLength(), Is.Zero);
            Assert.That(workingDetail.GetProperty("transitions").EnumerateArray().Last().GetProperty("reason").GetString(), Does.StartWith("kill switch hard_stop"));
            // Sell to close 2 calls at the natural price, the bid 2.45, as a credit; the paper model sells at the mid 2.50 (no slippage).
            Assert.That(flattenDetail.GetProperty("legs").EnumerateArray().Select(l => (l.GetProperty("occSymbol").GetString(), l.GetProperty("side").GetString(), l.GetProperty("quantity").GetInt32(), l.GetProperty("positionEffect").GetString())),
                Is.EqualTo(new[] { (Call, "SELL", 2, "CLOSE") }));
            Assert.That(flattenDetail.GetProperty("priceType").GetString(), Is.EqualTo("CREDIT"));
            Assert.That(flattenDetail.GetProperty("walkSteps")[0].GetProperty("price").GetDecimal(), Is.EqualTo(2.45m));
            Assert.That(flattenDetail.GetProperty("state").GetString(), Is.EqualTo("filled"));
            Assert.That(flattenDetail.GetProperty("averageFillPrice").GetDecimal(), Is.EqualTo(2.50m));
            // Bought 2 at 2.50 and sold 2 at 2.50: nothing realised but 4 contracts × $0.65 = $2.60 of commission.
            Assert.That(closed[0].GetProperty("realizedPnl").GetDecimal(), Is.EqualTo(-2.60m));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(refusal.GetProperty("detail").GetString(), Does.Contain("HardStop"));
            Assert.That(resetWithoutKey.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "neither the key nor the gateway credential");
            Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterReset.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(switchEvents, Is.EqualTo(2), "hard_stop and reset, each published once");
        });
    }

    [Test]
    public async Task Safe_mode_cancels_working_entries_and_refuses_approvals()
    {
        var resting = await bed.StoreApprovalAsync("SPY", "LONG_PUT", 0.20m, 1, (Put, "BUY", 0.20m));
        var later = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 1, (Call, "BUY", 2.50m));
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:Walk:StepIntervalMs", "60000")));
        var client = ExecutionTestBed.Client(host);
        var working = await OrderIdAsync(await client.PostAsJsonAsync(new Uri($"/approvals/{resting}", UriKind.Relative), new { }));
        await ExecutionTestBed.EventuallyAsync(() => StateAsync(client, working), s => s == "working", "the put entry to rest");

        var safe = await client.PostAsJsonAsync(new Uri("/kill-switch", UriKind.Relative), new { mode = "safe_mode", reason = "FOMC" });
        await ExecutionTestBed.EventuallyAsync(() => StateAsync(client, working), s => s == "cancelled", "the working entry to be cancelled");
        var refused = await client.PostAsJsonAsync(new Uri($"/approvals/{later}", UriKind.Relative), new { });
        var state = await client.GetFromJsonAsync<JsonElement>(new Uri("/kill-switch", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(safe.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(state.GetProperty("mode").GetString(), Is.EqualTo("safe_mode"));
            Assert.That(state.GetProperty("reason").GetString(), Is.EqualTo("FOMC"));
        });
    }

    private static async Task<Guid> OrderIdAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
    }

    private static async Task<string> StateAsync(HttpClient client, Guid order) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{order}", UriKind.Relative))).GetProperty("state").GetString()!;
}
