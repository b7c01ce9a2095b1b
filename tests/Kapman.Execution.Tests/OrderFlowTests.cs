using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Execution.Tests;

/// <summary>
/// Approve → a paper order walks and fills against a stored chain. The fixture: SPY 2025-09-19 650 call stored on 2025-08-26 at bid 2.45,
/// ask 2.55 (mid 2.50), delta 0.45, spot 640. The paper model's buy price is min(ask, mid + 2 × 0.01) = 2.52 (docs/domain/execution.md#walking-limit, seed 003 task 10.2.1, the
/// seed's 2 penny ticks), so the walk from the recommended 2.50 by 0.01 rests at 2.50 and 2.51 unfilled and fills at 2.52 on rung 2.
/// </summary>
[TestFixture]
public sealed class OrderFlowTests
{
    private const string Call = "SPY250919C00650000";
    private static readonly DateOnly Session = new(2025, 8, 26);
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed()
    {
        bed = await ExecutionTestBed.CreateAsync();
        await bed.StoreContractAsync(Call, "SPY", "call", new DateOnly(2025, 9, 19), 650, 2.45, 2.55, 0.45, Session);
        await bed.StoreSpotAsync("SPY", Session, 640);
    }

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [Test]
    public async Task An_approved_recommendation_walks_up_by_the_step_and_fills_at_mid_plus_two_ticks()
    {
        var recommendation = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 2, (Call, "BUY", 2.50m));
        await using var host = new ExecutionHost(bed.Settings());
        var client = ExecutionTestBed.Client(host);

        var approved = await client.PostAsJsonAsync(new Uri($"/approvals/{recommendation}", UriKind.Relative), new { });
        var orderId = (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        var again = await client.PostAsJsonAsync(new Uri($"/approvals/{recommendation}", UriKind.Relative), new { });
        var sameOrder = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        var order = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{orderId}", UriKind.Relative)),
            o => o.GetProperty("state").GetString() == "filled", "the order to fill");
        var positions = await client.GetFromJsonAsync<JsonElement>(new Uri("/positions", UriKind.Relative));
        var approvals = await client.GetFromJsonAsync<JsonElement>(new Uri("/approvals", UriKind.Relative));
        var events = await bed.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE message_type = 'Kapman.Contracts.OrderStateChanged' AND payload->>'simulated' = 'true'");

        var position = positions[0];
        Assert.Multiple(() =>
        {
            Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "approving twice returns the same order");
            Assert.That(sameOrder, Is.EqualTo(orderId));
            Assert.That(order.GetProperty("mode").GetString(), Is.EqualTo("PAPER"));
            Assert.That(order.GetProperty("simulated").GetBoolean(), Is.True);
            Assert.That(order.GetProperty("averageFillPrice").GetDecimal(), Is.EqualTo(2.52m));
            Assert.That(order.GetProperty("filledQuantity").GetInt32(), Is.EqualTo(2));
            Assert.That(order.GetProperty("walkSteps").EnumerateArray().Select(s => (s.GetProperty("step").GetInt32(), s.GetProperty("price").GetDecimal(), s.GetProperty("outcome").GetString()!.Split(':')[0])),
                Is.EqualTo(new[] { (0, 2.50m, "NO_FILL"), (1, 2.51m, "NO_FILL"), (2, 2.52m, "FILLED") }));
            Assert.That(order.GetProperty("transitions").EnumerateArray().Select(t => $"{t.GetProperty("from").GetString()}->{t.GetProperty("to").GetString()}"),
                Is.EqualTo(new[] { "new->working", "working->filled" }));
            Assert.That(order.GetProperty("legs").EnumerateArray().Select(l => (l.GetProperty("occSymbol").GetString(), l.GetProperty("side").GetString(), l.GetProperty("quantity").GetInt32(), l.GetProperty("positionEffect").GetString())),
                Is.EqualTo(new[] { (Call, "BUY", 2, "OPEN") }));
            // 2 contracts × $0.65 = $1.30 (PaperOptions.CommissionPerContract).
            Assert.That(order.GetProperty("fills").EnumerateArray().Select(f => (f.GetProperty("quantity").GetInt32(), f.GetProperty("price").GetDecimal(), f.GetProperty("commission").GetDecimal(), f.GetProperty("simulated").GetBoolean())),
                Is.EqualTo(new[] { (2, 2.52m, 1.30m, true) }));
            Assert.That(events, Is.EqualTo(2), "one OrderStateChanged per stored transition, labelled simulated");
            Assert.That(approvals[0].GetProperty("status").GetString(), Is.EqualTo("APPROVED"));
            Assert.That(approvals[0].GetProperty("legs")[0].GetProperty("quantity").GetInt32(), Is.EqualTo(2));
            Assert.That(position.GetProperty("legs")[0].GetProperty("quantity").GetInt32(), Is.EqualTo(2));
            Assert.That(position.GetProperty("legs")[0].GetProperty("averagePrice").GetDecimal(), Is.EqualTo(2.52m));
            // Marked at the stored mid 2.50: (2.50 − 2.52) × 2 × 100 = −4.00; realised: the commission, −1.30.
            Assert.That(position.GetProperty("markPrice").GetDecimal(), Is.EqualTo(2.50m));
            Assert.That(position.GetProperty("markSource").GetString(), Is.EqualTo("stored-chain"));
            Assert.That(position.GetProperty("markAsOf").GetString(), Is.EqualTo("2025-08-26"));
            Assert.That(position.GetProperty("unrealizedPnl").GetDecimal(), Is.EqualTo(-4.00m));
            Assert.That(position.GetProperty("realizedPnl").GetDecimal(), Is.EqualTo(-1.30m));
            // The stored delta 0.45 × 2 contracts × 100 = 90 share-equivalents.
            Assert.That(position.GetProperty("netDelta").GetDouble(), Is.EqualTo(90).Within(1e-9));
            Assert.That(position.GetProperty("netGamma").GetDouble(), Is.GreaterThan(0), "a long call has positive gamma");
            Assert.That(position.GetProperty("netTheta").GetDouble(), Is.LessThan(0), "and loses value with time");
            Assert.That(position.GetProperty("simulated").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task In_shadow_mode_the_order_is_computed_and_stored_as_shadow_even_with_live_settings()
    {
        var recommendation = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 1, (Call, "BUY", 2.50m));
        await using var host = new ExecutionHost(bed.Settings(
            ("Kapman:Execution:ShadowMode", "true"), ("Kapman:Execution:LiveTradingEnabled", "true"),
            ("Kapman:Execution:LiveTradingConfirmation", Kapman.Execution.Core.TradingModeGate.Confirmation)));
        var client = ExecutionTestBed.Client(host);

        var approved = await client.PostAsJsonAsync(new Uri($"/approvals/{recommendation}", UriKind.Relative), new { });
        var orderId = (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        var order = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{orderId}", UriKind.Relative)),
            o => o.GetProperty("state").GetString() == "filled", "the shadow order to fill on the paper model");

        Assert.Multiple(() =>
        {
            Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "no operator key needed: nothing is sent");
            Assert.That(order.GetProperty("mode").GetString(), Is.EqualTo("SHADOW"));
            Assert.That(order.GetProperty("simulated").GetBoolean(), Is.True);
            Assert.That(order.GetProperty("averageFillPrice").GetDecimal(), Is.EqualTo(2.52m));
        });
    }

    [Test]
    public async Task A_live_approval_without_a_live_broker_is_refused()
    {
        var recommendation = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 1, (Call, "BUY", 2.50m));
        await using var host = new ExecutionHost(bed.Settings(
            ("Kapman:Execution:LiveTradingEnabled", "true"), ("Kapman:Execution:LiveTradingConfirmation", Kapman.Execution.Core.TradingModeGate.Confirmation)));

        var refused = await ExecutionTestBed.Client(host, apiKey: true).PostAsJsonAsync(new Uri($"/approvals/{recommendation}", UriKind.Relative), new { });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task A_recommendation_issued_on_the_bus_is_stored_once_and_auto_submitted_in_paper()
    {
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:AutoSubmit", "true")));
        var client = ExecutionTestBed.Client(host);
        var bus = host.Services.GetRequiredService<IBus>();
        var message = new Kapman.Contracts.RecommendationIssued(Guid.NewGuid(), Session, Guid.NewGuid(), "SPY", "LONG_CALL",
            [new Kapman.Contracts.RecommendedLeg(Call, "BUY", 1, 2.50, new DateOnly(2025, 9, 19), 650, "call")], 2.50, 1, new DateOnly(2025, 9, 19), 24);
        var messageId = Guid.NewGuid();

        await bus.Publish(message, (PublishContext<Kapman.Contracts.RecommendationIssued> c) => c.MessageId = messageId);
        await bus.Publish(message, (PublishContext<Kapman.Contracts.RecommendationIssued> c) => c.MessageId = messageId);
        await bus.Publish(message);
        var approvals = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri("/approvals", UriKind.Relative)),
            a => a.GetArrayLength() == 1 && a[0].GetProperty("orderId").ValueKind == JsonValueKind.String, "the approval and its order");
        await Task.Delay(500);
        var orders = await client.GetFromJsonAsync<JsonElement>(new Uri("/orders", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(approvals[0].GetProperty("recommendationId").GetGuid(), Is.EqualTo(message.RecommendationId));
            Assert.That(approvals[0].GetProperty("limitPrice").GetDecimal(), Is.EqualTo(2.50m));
            Assert.That(approvals[0].GetProperty("status").GetString(), Is.EqualTo("APPROVED"));
            Assert.That(orders.GetArrayLength(), Is.EqualTo(1), "a redelivery and a rerun of the same recommendation create no second order");
        });
    }
}
