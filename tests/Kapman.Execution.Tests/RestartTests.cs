using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace Kapman.Execution.Tests;

/// <summary>
/// A restart in the middle of a walk sends no second order. The service is stopped while a rung rests (60 s rungs: the first one,
/// 2.50 on a 2.52 market, does not fill), then the database is put back in the state a <c>kill -9</c> between the broker's answer and its
/// storing leaves: the rung SENDING without a broker id, the order still new. The next host must find the broker's order by its tag.
/// </summary>
[TestFixture]
public sealed class RestartTests
{
    private const string Call = "SPY250919C00650000";
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed()
    {
        bed = await ExecutionTestBed.CreateAsync();
        await bed.StoreContractAsync(Call, "SPY", "call", new DateOnly(2025, 9, 19), 650, 2.45, 2.55, 0.45, new DateOnly(2025, 8, 26));
    }

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [Test]
    public async Task A_rung_sent_before_the_crash_is_adopted_by_its_tag_not_sent_again()
    {
        var (orderId, settings) = await PlaceFirstRungAndStopAsync();

        await using (var connection = await bed.Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                UPDATE walk_steps SET status = 'SENDING', broker_order_id = NULL, placed_at = NULL WHERE order_id = @orderId;
                DELETE FROM order_transitions WHERE order_id = @orderId;
                UPDATE orders SET state = 'new' WHERE id = @orderId;
                """, new { orderId });
        }

        await using var second = new ExecutionHost(settings);
        var again = ExecutionTestBed.Client(second);
        var order = await ExecutionTestBed.EventuallyAsync(
            () => again.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{orderId}", UriKind.Relative)), o => o.GetProperty("state").GetString() == "working", "the order to resume");
        var paperOrders = await bed.ScalarAsync<long>("SELECT count(*) FROM paper_orders");
        var brokerId = await bed.ScalarAsync<string>("SELECT broker_order_id FROM walk_steps WHERE order_id = @orderId AND step = 0", new { orderId });

        Assert.Multiple(() =>
        {
            Assert.That(paperOrders, Is.EqualTo(1), "the broker holds one order, not two");
            Assert.That(brokerId, Is.EqualTo("PAPER-1"));
            Assert.That(order.GetProperty("transitions")[0].GetProperty("reason").GetString(), Does.Contain("adopted after a restart"));
        });
    }

    [Test]
    public async Task A_rung_stored_but_never_sent_is_sent_once_after_a_restart()
    {
        var (orderId, settings) = await PlaceFirstRungAndStopAsync();

        // As if the service died after storing the rung and before the broker received it.
        await using (var connection = await bed.Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                DELETE FROM paper_executions; DELETE FROM paper_orders; UPDATE paper_account SET next_order_number = 1;
                UPDATE walk_steps SET status = 'SENDING', broker_order_id = NULL, placed_at = NULL WHERE order_id = @orderId;
                DELETE FROM order_transitions WHERE order_id = @orderId;
                UPDATE orders SET state = 'new' WHERE id = @orderId;
                """, new { orderId });
        }

        await using var second = new ExecutionHost(settings);
        var again = ExecutionTestBed.Client(second);
        await ExecutionTestBed.EventuallyAsync(
            () => again.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{orderId}", UriKind.Relative)), o => o.GetProperty("state").GetString() == "working", "the order to resume");
        await Task.Delay(500);

        Assert.That(await bed.ScalarAsync<long>("SELECT count(*) FROM paper_orders"), Is.EqualTo(1));
    }

    /// <summary>
    /// Approves a call (steps a minute apart, so the walk rests on its first rung), waits until that rung is placed at the
    /// paper broker, then stops the host: the state a crash in the middle of a walk leaves.
    /// </summary>
    private async Task<(Guid OrderId, Dictionary<string, string?> Settings)> PlaceFirstRungAndStopAsync()
    {
        var recommendation = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 1, (Call, "BUY", 2.50m));
        var settings = bed.Settings(("Kapman:Execution:Walk:StepIntervalMs", "60000"));
        await using var first = new ExecutionHost(settings);
        var client = ExecutionTestBed.Client(first);
        var answer = await client.PostAsJsonAsync(new Uri($"/approvals/{recommendation}", UriKind.Relative), new { });
        var orderId = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        await ExecutionTestBed.EventuallyAsync(() => bed.ScalarAsync<string?>("SELECT status FROM walk_steps WHERE order_id = @orderId AND step = 0", new { orderId }),
            s => s == "PLACED", "the first rung to be placed");
        return (orderId, settings);
    }
}
