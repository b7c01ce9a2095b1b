extern alias standin;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kapman.Execution.Core;
using standin::Kapman.TradierStandIn;

namespace Kapman.Execution.Tests;

/// <summary>
/// A cancel that loses the race with a fill (issue 18, found by CI): the rung rests at the Tradier stand-in, the market fills it, and the
/// operator's cancel reaches the worker before its next poll. The stand-in refuses to cancel a filled order, as Tradier does; the order must
/// end filled with its fill and position, not stay working with the cancel asked again at every poll.
/// </summary>
[TestFixture]
public sealed class CancelRaceTests
{
    private const string Call = "SPY250919C00650000";
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed() => bed = await ExecutionTestBed.CreateAsync();

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [Test]
    public async Task A_cancel_refused_because_the_rung_filled_records_the_fill()
    {
        await using var standIn = await StandInHost.StartAsync(new StandInScenario { FillRule = FillRule.Never }, FreePort.Next());
        standIn.State.AddContract(new StandInContract(Call, "SPY", new DateOnly(2025, 9, 19), "call", 650m, 2.55m, 2.65m, 0.45m, 0.15m, 1000));
        var recommendation = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 2, (Call, "BUY", 2.50m));
        // Polls 5 s apart: the fill and the cancel both land between two polls, so the worker meets the cancel first.
        var settings = bed.Settings(
            ("Kapman:Execution:PollIntervalMs", "5000"), ("Kapman:Execution:Walk:StepIntervalMs", "60000"), ("Kapman:Execution:ReconcileIntervalSeconds", "3600"),
            ("Kapman:Execution:LiveTradingEnabled", "true"), ("Kapman:Execution:LiveTradingConfirmation", TradingModeGate.Confirmation),
            ("Kapman:Execution:Tradier:Enabled", "true"), ("Kapman:Execution:Tradier:BaseUrl", standIn.BaseUrl.ToString()),
            ("Kapman:Execution:Tradier:AccountId", standIn.State.Scenario.AccountId));
        await using var service = await ExecutionProcess.StartAsync(settings, new Dictionary<string, string> { ["TRADIER_ACCESS_TOKEN"] = standIn.State.Scenario.Token });
        var client = service.Client(apiKey: true);
        var approval = await client.PostAsJsonAsync(new Uri($"/approvals/{recommendation}", UriKind.Relative), new { });
        var orderId = (await approval.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        await ExecutionTestBed.EventuallyAsync(
            () => bed.ScalarAsync<string?>("SELECT status FROM walk_steps WHERE order_id = @orderId AND step = 0", new { orderId }), s => s == "PLACED", "rung 0 to rest");

        var resting = standIn.State.Orders.Single();
        standIn.State.FillOrder(resting.Id);
        var cancel = await client.PostAsync(new Uri($"/orders/{orderId}/cancel", UriKind.Relative), null);
        var order = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{orderId}", UriKind.Relative)),
            o => o.GetProperty("state").GetString() is not ("new" or "working"), "the order to end");
        var fills = await bed.RowsAsync<(int Contracts, decimal Price)>("SELECT contracts, price FROM fills WHERE order_id = @orderId", new { orderId });
        var positions = await bed.RowsAsync<(string Occ, int Net)>("SELECT occ_symbol, net_contracts FROM positions WHERE NOT simulated");

        Assert.Multiple(() =>
        {
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "the cancel was asked while the order was working");
            Assert.That(order.GetProperty("state").GetString(), Is.EqualTo("filled"), "the rung filled before the cancel reached it: a fill, not a cancel");
            Assert.That(order.GetProperty("filledQuantity").GetInt32(), Is.EqualTo(2));
            Assert.That(fills, Is.EqualTo(new[] { (2, 2.50m) }), "the stand-in's fill at the rung's limit");
            Assert.That(positions, Is.EqualTo(new[] { (Call, 2) }));
            Assert.That(standIn.State.Orders.Select(o => o.Status), Is.EqualTo(new[] { "filled" }), "no second order was sent");
        });
    }
}
