using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Kapman.Execution.Core;
using Kapman.Execution.Data;

namespace Kapman.Execution.Tests;

/// <summary>
/// The Execution host on real PostgreSQL and RabbitMQ: <c>GET /trading-mode</c> follows the two settings of
/// <c>Kapman:Execution</c>, <c>GET /orders</c> lists the stored orders newest first, and a setting that is not a boolean
/// stops the host at start naming its key.
/// </summary>
[TestFixture]
public sealed class ExecutionApiTests
{
    private ServiceTestDatabase database = null!;
    private RabbitVirtualHost vhost = null!;

    [SetUp]
    public async Task CreateServers()
    {
        database = await ServiceTestDatabase.CreateAsync("execution", typeof(OrderStore).Assembly);
        vhost = await RabbitVirtualHost.CreateAsync("kapman_execution_tests");
    }

    [TearDown]
    public async Task DropServers()
    {
        await vhost.DisposeAsync();
        await database.DisposeAsync();
    }

    [TestCase(null, null, "PAPER", "paper: LiveTradingEnabled is not true", TestName = "Unset is paper")]
    [TestCase("true", "i-understand", "PAPER", "paper: LiveTradingEnabled is true but LiveTradingConfirmation does not match")]
    [TestCase("true", TradingModeGate.Confirmation, "LIVE", "live: both LiveTradingEnabled and LiveTradingConfirmation are set")]
    public async Task Trading_mode_follows_the_two_settings(string? enabled, string? confirmation, string mode, string reason)
    {
        var settings = Servers();
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
    public async Task Orders_are_listed_newest_first_up_to_the_limit()
    {
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO orders (id, occ_symbol, side, quantity, order_type, limit_price, state, broker, created_at)
                VALUES (@old, 'SPY250919C00500000', 'BUY', 1, 'LIMIT', 2.5, 'NEW', 'paper', '2025-08-26T14:00:00Z'),
                       (@new, 'SPY250919P00480000', 'SELL', 2, 'MARKET', NULL, 'FILLED', 'paper', '2025-08-27T14:00:00Z')
                """, new { old = Guid.NewGuid(), @new = Guid.NewGuid() });
        }

        await using var host = new ExecutionHost(Servers());
        var client = host.CreateClient();
        var all = await client.GetFromJsonAsync<List<OrderDto>>(new Uri("/orders", UriKind.Relative));
        var one = await client.GetFromJsonAsync<List<OrderDto>>(new Uri("/orders?limit=0", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(all!.Select(o => (o.OccSymbol, o.Side, o.Quantity, o.LimitPrice)),
                Is.EqualTo(new[] { ("SPY250919P00480000", "SELL", 2, (double?)null), ("SPY250919C00500000", "BUY", 1, 2.5) }));
            Assert.That(one!.Select(o => o.OccSymbol), Is.EqualTo(new[] { "SPY250919P00480000" }), "a limit below 1 is taken as 1");
        });
    }

    [Test]
    public void A_live_trading_switch_that_is_not_a_boolean_stops_the_host_at_start()
    {
        var settings = Servers();
        settings["Kapman:Execution:LiveTradingEnabled"] = "yes";
        using var host = new ExecutionHost(settings);

        var failure = Assert.Catch(() => host.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Kapman:Execution:LiveTradingEnabled"));
    }

    private Dictionary<string, string?> Servers() => new()
    {
        ["ConnectionStrings:Postgres"] = LocalServers.Postgres(database.Name),
        ["ConnectionStrings:RabbitMQ"] = vhost.AmqpUri.ToString(),
    };
}
