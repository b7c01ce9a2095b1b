using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Kapman.Execution.Core;

namespace Kapman.Execution.Tests;

/// <summary>
/// The Execution host on real PostgreSQL and RabbitMQ: <c>GET /trading-mode</c> follows the two settings of <c>Kapman:Execution</c>, a
/// setting that is not a boolean stops the host at start naming its key, and the API's refusals (401 without the gateway credential,
/// 401 reset with neither the operator key nor the gateway credential, 404 unknown ids, 409 nothing to cancel).
/// </summary>
[TestFixture]
public sealed class ExecutionApiTests
{
    private ExecutionTestBed bed = null!;

    [SetUp]
    public async Task CreateBed() => bed = await ExecutionTestBed.CreateAsync();

    [TearDown]
    public async Task DropBed() => await bed.DisposeAsync();

    [TestCase(null, null, "PAPER", "paper: LiveTradingEnabled is not true", TestName = "Unset is paper")]
    [TestCase("true", "i-understand", "PAPER", "paper: LiveTradingEnabled is true but LiveTradingConfirmation does not match")]
    [TestCase("true", TradingModeGate.Confirmation, "LIVE", "live: both LiveTradingEnabled and LiveTradingConfirmation are set")]
    public async Task Trading_mode_follows_the_two_settings(string? enabled, string? confirmation, string mode, string reason)
    {
        var settings = bed.Settings();
        if (enabled is not null)
        {
            settings["Kapman:Execution:LiveTradingEnabled"] = enabled;
            settings["Kapman:Execution:LiveTradingConfirmation"] = confirmation;
        }

        await using var host = new ExecutionHost(settings);

        var answer = await host.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/trading-mode", UriKind.Relative));

        Assert.That(answer.GetRawText(), Is.EqualTo(JsonSerializer.Serialize(new { mode, reason })));
    }

    [Test]
    public void A_live_trading_switch_that_is_not_a_boolean_stops_the_host_at_start()
    {
        var settings = bed.Settings();
        settings["Kapman:Execution:LiveTradingEnabled"] = "yes";
        using var host = new ExecutionHost(settings);

        var failure = Assert.Catch(() => host.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Kapman:Execution:LiveTradingEnabled"));
    }

    [Test]
    public async Task Refusals_are_problem_details_with_the_right_status()
    {
        var unknown = Guid.NewGuid();
        await using var host = new ExecutionHost(bed.Settings());
        var anonymous = host.CreateClient();
        var client = ExecutionTestBed.Client(host);

        var noCredential = await anonymous.PostAsJsonAsync(new Uri("/kill-switch", UriKind.Relative), new { mode = "hard_stop", reason = "x" });
        var resetWithoutKey = await anonymous.PostAsJsonAsync(new Uri("/kill-switch", UriKind.Relative), new { mode = "reset", reason = "x" });
        var badMode = await client.PostAsJsonAsync(new Uri("/kill-switch", UriKind.Relative), new { mode = "off", reason = "x" });
        var approveUnknown = await client.PostAsJsonAsync(new Uri($"/approvals/{unknown}", UriKind.Relative), new { });
        var orderUnknown = await client.GetAsync(new Uri($"/orders/{unknown}", UriKind.Relative));
        var cancelUnknown = await client.PostAsync(new Uri($"/orders/{unknown}/cancel", UriKind.Relative), null);
        var orderId = Guid.NewGuid();
        await using (var connection = await bed.Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO orders (id, purpose, group_id, run_id, session_date, ticker, strategy, mode, simulated, broker, price_type, quantity, limit_price,
                    start_price, worst_price, step, step_interval_ms, max_duration_ms, state, filled_quantity, average_fill_price)
                VALUES (@orderId, 'ENTRY', @group, @orderId, '2025-08-26', 'SPY', 'LONG_CALL', 'PAPER', true, 'paper', 'DEBIT', 1, 2.5, 2.5, 2.54, 0.01, 1000, 5000, 'filled', 1, 2.5)
                """, new { orderId, group = orderId.ToString() });
        }

        var cancelFilled = await client.PostAsync(new Uri($"/orders/{orderId}/cancel", UriKind.Relative), null);

        Assert.Multiple(() =>
        {
            Assert.That(noCredential.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(resetWithoutKey.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(badMode.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(approveUnknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(approveUnknown.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(orderUnknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(cancelUnknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(cancelFilled.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        });
    }

    [Test]
    public async Task A_holding_the_broker_does_not_have_puts_the_switch_in_safe_mode_at_start()
    {
        await using (var connection = await bed.Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO positions (group_id, occ_symbol, ticker, strategy, net_contracts, average_price, realized_pnl, commissions, simulated, opened_at, updated_at)
                VALUES ('g1', 'SPY250919C00650000', 'SPY', 'LONG_CALL', 3, 2.5, 0, 0, true, now(), now())
                """);
        }

        await using var host = new ExecutionHost(bed.Settings());
        var client = ExecutionTestBed.Client(host);
        var state = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri("/kill-switch", UriKind.Relative)), s => s.GetProperty("mode").GetString() == "safe_mode", "safe mode");
        var journal = await client.GetFromJsonAsync<JsonElement>(new Uri("/journal", UriKind.Relative));
        var alerts = await bed.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE message_type = 'Kapman.Contracts.ExecutionAlertRaised'");

        Assert.Multiple(() =>
        {
            Assert.That(state.GetProperty("changedBy").GetString(), Is.EqualTo("reconciliation"));
            Assert.That(journal.EnumerateArray().Any(j => j.GetProperty("kind").GetString() == "RECONCILIATION"
                && j.GetProperty("text").GetString()!.Contains("PositionMismatch SPY250919C00650000: local 3, broker 0", StringComparison.Ordinal)), Is.True);
            Assert.That(alerts, Is.EqualTo(1));
        });
    }
}
