extern alias standin;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Kapman.Execution.Core;
using standin::Kapman.TradierStandIn;

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
    /// kill -9 of the real process in the middle of a paper walk (issue 18). The stored market for the 650 call is 2.45/2.55 (mid 2.50),
    /// and the paper model fills a limit at mid + 2 ticks = 2.52 or better, so the walk from 2.50 by 0.01 every 1.5 s rests on 2.50 and
    /// 2.51 and fills on 2.52. The service is killed with SIGKILL once rung 1 (2.51) rests, and restarted on the same database: it must
    /// cancel that rung and go on to 2.52, with one paper order per rung by tag, and the local book must equal the paper broker's
    /// persisted one (its orders, executions and the position they make) after two reconciliations with no difference.
    /// </summary>
    [Test]
    public async Task Killed_with_sigkill_mid_walk_against_the_paper_broker_the_walk_resumes_and_the_book_equals_the_brokers()
    {
        var recommendation = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 1, (Call, "BUY", 2.50m));
        var settings = bed.Settings(
            ("Kapman:Execution:Walk:StepIntervalMs", "1500"), ("Kapman:Execution:Walk:MaxSteps", "10"), ("Kapman:Execution:ReconcileIntervalSeconds", "1"));
        var environment = new Dictionary<string, string>();

        Guid orderId;
        long rungsAtKill;
        await using (var first = await ExecutionProcess.StartAsync(settings, environment))
        {
            orderId = await ApproveUntilPlacedAsync(first.Client(), recommendation, 1);
            first.Kill();
            rungsAtKill = await bed.ScalarAsync<long>("SELECT count(*) FROM walk_steps WHERE order_id = @orderId", new { orderId });
        }

        var killed = Stopwatch.StartNew();
        await using var second = await ExecutionProcess.StartAsync(settings, environment);
        var client = second.Client();
        var order = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{orderId}", UriKind.Relative)), o => o.GetProperty("state").GetString() == "filled", "the order to fill");
        var recovered = killed.Elapsed;
        static int Clean(ExecutionProcess process) =>
            process.Lines.Count(l => l.Contains("Reconciled with paper: 0 difference(s), 0 unexplained, complete True", StringComparison.Ordinal));
        var cleanBefore = Clean(second);
        await ExecutionTestBed.EventuallyAsync(() => Task.FromResult(Clean(second)), n => n > cleanBefore + 1, "two clean reconciliations after the fill");

        var rungs = await bed.RowsAsync<(int Step, decimal Price, string Tag, string BrokerId, string Status)>(
            "SELECT step, price, client_tag, broker_order_id, status FROM walk_steps WHERE order_id = @orderId ORDER BY step", new { orderId });
        var paperOrders = await bed.RowsAsync<(string Tag, string Id, string Status)>("SELECT tag, id, status FROM paper_orders ORDER BY id");
        var paperBook = await bed.RowsAsync<(string Occ, long Net, decimal Average)>(
            """
            SELECT occ_symbol, sum(contracts), sum(contracts * price) / sum(contracts) FROM paper_executions GROUP BY occ_symbol
            """);
        var positions = await bed.RowsAsync<(string Occ, long Net, decimal Average)>("SELECT occ_symbol, net_contracts::bigint, average_price FROM positions");
        TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TRIAL | kill -9 execution (PAPER) with rung 1 resting, {rungsAtKill} rung(s) stored at the kill | duplicates {paperOrders.Count - paperOrders.Select(o => o.Tag).Distinct().Count()} | {order.GetProperty("state").GetString()} at {order.GetProperty("averageFillPrice").GetDecimal()} after {rungs.Count} rungs, {paperOrders.Count} paper orders | recovery {recovered.TotalSeconds:0.0} s |"));

        Assert.Multiple(() =>
        {
            Assert.That(rungsAtKill, Is.EqualTo(2), "killed in the middle of the walk: rungs 0 and 1 stored, the order not filled");
            Assert.That(paperOrders.Select(o => (o.Tag, o.Id)), Is.EquivalentTo(rungs.Select(r => (r.Tag, r.BrokerId))),
                "one paper order per rung, by tag and id, and no other");
            Assert.That(rungs.Select(r => r.Price), Is.EqualTo(new[] { 2.50m, 2.51m, 2.52m }), "2.50 and 2.51 rest, 2.52 = mid + 2 ticks fills");
            Assert.That(paperOrders.Select(o => o.Status), Is.EquivalentTo(new[] { "Canceled", "Canceled", "Filled" }), "the resting rungs cancelled, the last filled");
            Assert.That(order.GetProperty("averageFillPrice").GetDecimal(), Is.EqualTo(2.52m));
            Assert.That(paperBook, Is.EqualTo(new[] { (Call, 1L, 2.52m) }), "the paper broker executed one contract at 2.52");
            Assert.That(positions, Is.EqualTo(paperBook), "the local position is the paper broker's");
        });
        Assert.That(await bed.ScalarAsync<string>("SELECT mode FROM kill_switch"), Is.EqualTo("normal"), "no unexplained difference put the switch in safe mode");
    }

    /// <summary>
    /// kill -9 in the middle of a live walk against the Tradier stand-in (issue 18), while rung 1 (2.51) rests at the stand-in: the
    /// restarted service carries on from the stored rung (cancels it after its interval, places rung 2). See <see cref="TradierTrialAsync"/>.
    /// </summary>
    [Test]
    public async Task Killed_with_sigkill_while_a_rung_rests_at_the_tradier_stand_in_the_service_resumes_the_walk_without_a_second_order() =>
        await TradierTrialAsync(killDuringPlacement: false);

    /// <summary>
    /// kill -9 while rung 1's placement is in flight: the stand-in has accepted the order but holds its answer back, so the service dies
    /// with the rung stored SENDING and no broker id, the window a crash between the broker's answer and its storing leaves. The restarted
    /// service must find the order by its tag and adopt it, not send it again. See <see cref="TradierTrialAsync"/>.
    /// </summary>
    [Test]
    public async Task Killed_with_sigkill_while_a_rung_is_being_placed_at_the_tradier_stand_in_the_service_adopts_it_by_its_tag() =>
        await TradierTrialAsync(killDuringPlacement: true);

    /// <summary>How many reconciliations with Tradier the process has logged with no difference at all.</summary>
    private static int CleanReconciliations(ExecutionProcess process) =>
        process.Lines.Count(l => l.Contains("Reconciled with tradier: 0 difference(s), 0 unexplained, complete True", StringComparison.Ordinal));

    /// <summary>
    /// The Tradier trial. The stand-in behaves as Tradier does for a limit order: it rests until the market crosses it
    /// (<see cref="FillRule.Marketable"/>, <see cref="StandInState.MoveQuote"/>). Its market for the 650 call is 2.55/2.65 (mid 2.60), so
    /// the LIVE walk of 2 contracts from the recommended 2.50 by 0.01 every 1.5 s rests unfilled. The service runs as its own process and is
    /// killed with SIGKILL at rung 1 (resting, or with its placement in flight), then restarted on the same database. Once the restarted
    /// service has a later rung resting, the market moves to a mid equal to that rung's limit; it fills at its limit, and after two more
    /// reconciliations (every second here) with no difference the local book must equal the stand-in's: one stand-in order per rung by tag
    /// and nothing else, each rung ended as the stand-in reports it, the fill and the position at the stand-in's price. Prints a TRIAL line;
    /// its recovery runs from the kill to the restarted service's first later rung resting at the stand-in (the restart included).
    /// </summary>
    private async Task TradierTrialAsync(bool killDuringPlacement)
    {
        await using var standIn = await StandInHost.StartAsync(new StandInScenario { FillRule = FillRule.Marketable }, FreePort.Next());
        standIn.State.AddContract(new StandInContract(Call, "SPY", new DateOnly(2025, 9, 19), "call", 650m, 2.55m, 2.65m, 0.45m, 0.15m, 1000));
        var recommendation = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 2, (Call, "BUY", 2.50m));
        var settings = bed.Settings(
            ("Kapman:Execution:Walk:StepIntervalMs", "1500"), ("Kapman:Execution:Walk:MaxSteps", "10"), ("Kapman:Execution:ReconcileIntervalSeconds", "1"),
            ("Kapman:Execution:LiveTradingEnabled", "true"), ("Kapman:Execution:LiveTradingConfirmation", TradingModeGate.Confirmation),
            ("Kapman:Execution:Tradier:Enabled", "true"), ("Kapman:Execution:Tradier:BaseUrl", standIn.BaseUrl.ToString()),
            ("Kapman:Execution:Tradier:AccountId", standIn.State.Scenario.AccountId));
        var token = new Dictionary<string, string> { ["TRADIER_ACCESS_TOKEN"] = standIn.State.Scenario.Token };

        Guid orderId;
        string when;
        await using (var first = await ExecutionProcess.StartAsync(settings, token))
        {
            if (killDuringPlacement)
            {
                orderId = await ApproveUntilPlacedAsync(first.Client(apiKey: true), recommendation, 0);
                standIn.State.PlaceAnswerDelay = TimeSpan.FromSeconds(10);
                var tag = OrderTag(orderId, 1);
                await ExecutionTestBed.EventuallyAsync(
                    async () => (standIn.State.Orders.Any(o => o.Tag == tag), await bed.ScalarAsync<string?>("SELECT status FROM walk_steps WHERE order_id = @orderId AND step = 1", new { orderId })),
                    s => s is (true, "SENDING"), "rung 1 accepted at the stand-in and stored SENDING");
                when = "while rung 1's placement was in flight (accepted at the stand-in, its answer held back)";
            }
            else
            {
                orderId = await ApproveUntilPlacedAsync(first.Client(apiKey: true), recommendation, 1);
                var since = DateTime.UtcNow - await bed.ScalarAsync<DateTime>("SELECT placed_at FROM walk_steps WHERE order_id = @orderId AND step = 1", new { orderId });
                when = string.Create(CultureInfo.InvariantCulture, $"{since.TotalMilliseconds:0} ms after rung 1 was placed (resting)");
            }

            first.Kill();
        }

        var killed = Stopwatch.StartNew();
        standIn.State.PlaceAnswerDelay = TimeSpan.Zero;
        await using var second = await ExecutionProcess.StartAsync(settings, token);
        var started = killed.Elapsed;
        var resting = await ExecutionTestBed.EventuallyAsync(
            () => bed.ScalarAsync<decimal?>("SELECT price FROM walk_steps WHERE order_id = @orderId AND step >= 2 AND status = 'PLACED' ORDER BY step DESC LIMIT 1", new { orderId }),
            p => p is not null, "the restarted service to walk on to a later rung");
        var recovered = killed.Elapsed;
        var crossed = standIn.State.MoveQuote(Call, resting!.Value - 0.05m, resting.Value + 0.05m);
        var client = second.Client();
        var order = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{orderId}", UriKind.Relative)), o => o.GetProperty("state").GetString() == "filled", "the order to fill");
        var cleanBefore = CleanReconciliations(second);
        await ExecutionTestBed.EventuallyAsync(() => Task.FromResult(CleanReconciliations(second)), n => n > cleanBefore + 1, "two clean reconciliations after the fill");

        var brokerOrders = standIn.State.Orders;
        var rungs = await bed.RowsAsync<(int Step, decimal Price, string Tag, string BrokerId, string Status)>(
            "SELECT step, price, client_tag, broker_order_id, status FROM walk_steps WHERE order_id = @orderId ORDER BY step", new { orderId });
        var fills = await bed.RowsAsync<(string BrokerId, int Contracts, decimal Price)>("SELECT broker_order_id, contracts, price FROM fills WHERE order_id = @orderId", new { orderId });
        var positions = await bed.RowsAsync<(string Occ, int Net, decimal Average)>("SELECT occ_symbol, net_contracts, average_price FROM positions WHERE NOT simulated");
        var duplicates = brokerOrders.GroupBy(o => o.Tag).Sum(g => g.Count() - 1);
        var filled = brokerOrders.Single(o => o.Status == "filled");
        TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TRIAL | kill -9 execution (LIVE, Tradier stand-in) {when} | restarted in {started.TotalSeconds:0.0} s | duplicates {duplicates} | {order.GetProperty("state").GetString()} at {filled.AvgFillPrice} after {rungs.Count} rungs, {brokerOrders.Count} stand-in orders | recovery {recovered.TotalSeconds:0.0} s |"));

        Assert.Multiple(() =>
        {
            Assert.That(duplicates, Is.Zero, "one stand-in order per tag: no rung was sent twice");
            Assert.That(brokerOrders.Select(o => (o.Tag, o.Id.ToString(CultureInfo.InvariantCulture))), Is.EquivalentTo(rungs.Select(r => (r.Tag, r.BrokerId))),
                "every rung is one stand-in order with its tag and id, and the stand-in holds no other");
            Assert.That(rungs.Select(r => r.Step), Is.EqualTo(Enumerable.Range(0, rungs.Count)), "the walk went on rung by rung after the restart");
            Assert.That(rungs.Select(r => r.Price), Is.EqualTo(rungs.Select(r => 2.50m + (0.01m * r.Step))), "2.50 up by 0.01 a rung");
            Assert.That(rungs.Select(r => (r.Tag, Status: r.Status == "FILLED" ? "filled" : "canceled")),
                Is.EquivalentTo(brokerOrders.Select(o => (o.Tag, o.Status))), "each rung ended as the stand-in says");
            Assert.That(crossed, Is.EqualTo(new[] { filled.Id }), "the rung resting when the market moved is the one that filled");
            Assert.That(filled.AvgFillPrice, Is.EqualTo(resting.Value), "a crossed limit fills at its limit");
            Assert.That(order.GetProperty("filledQuantity").GetInt32(), Is.EqualTo(2));
            Assert.That(order.GetProperty("averageFillPrice").GetDecimal(), Is.EqualTo(filled.AvgFillPrice));
            Assert.That(fills, Is.EqualTo(new[] { (filled.Id.ToString(CultureInfo.InvariantCulture), 2, filled.AvgFillPrice) }));
            Assert.That(positions, Is.EquivalentTo(standIn.State.Positions.Select(p => (p.Symbol, (int)p.Quantity, p.CostBasis / (p.Quantity * 100m)))),
                "the position book is the stand-in's: contracts and average price");
        });
        Assert.That(await bed.ScalarAsync<string>("SELECT mode FROM kill_switch"), Is.EqualTo("normal"), "no unexplained difference put the switch in safe mode");
    }

    /// <summary>The client tag of a rung as the service writes it (kapman-{order id without dashes}-{step}); written out, not taken from the service.</summary>
    private static string OrderTag(Guid orderId, int step) => string.Create(CultureInfo.InvariantCulture, $"kapman-{orderId:N}-{step}");

    /// <summary>
    /// Approves a call (steps a minute apart, so the walk rests on its first rung), waits until that rung is placed at the
    /// paper broker, then stops the host: the state a crash in the middle of a walk leaves.
    /// </summary>
    private async Task<(Guid OrderId, Dictionary<string, string?> Settings)> PlaceFirstRungAndStopAsync()
    {
        var recommendation = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 1, (Call, "BUY", 2.50m));
        var settings = bed.Settings(("Kapman:Execution:Walk:StepIntervalMs", "60000"));
        await using var first = new ExecutionHost(settings);
        var orderId = await ApproveUntilPlacedAsync(ExecutionTestBed.Client(first), recommendation, 0);
        return (orderId, settings);
    }

    /// <summary>Approves <paramref name="recommendation"/> through <paramref name="client"/> and waits until rung <paramref name="step"/> is placed; returns the order.</summary>
    private async Task<Guid> ApproveUntilPlacedAsync(HttpClient client, Guid recommendation, int step)
    {
        var answer = await client.PostAsJsonAsync(new Uri($"/approvals/{recommendation}", UriKind.Relative), new { });
        Assert.That((int)answer.StatusCode, Is.EqualTo(202), await answer.Content.ReadAsStringAsync());
        var orderId = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        await ExecutionTestBed.EventuallyAsync(() => bed.ScalarAsync<string?>("SELECT status FROM walk_steps WHERE order_id = @orderId AND step = @step", new { orderId, step }),
            s => s == "PLACED", $"rung {step} to be placed");
        return orderId;
    }
}
