using System.Text.Json;
using Dapper;
using Kapman.Execution.Data;
using Kapman.ServiceDefaults.Security;

namespace Kapman.Execution.Tests;

/// <summary>
/// A throw-away execution database with the Options service's read contract faked beside it (<c>options_api.contracts_v1</c> and
/// <c>dealer_metrics_v1</c> as tables in the same database, which <c>ConnectionStrings:options</c> defaults to) and Ingestion's
/// (<c>market_api.daily_bars_v1</c>, read through <c>ConnectionStrings:market-data</c>), a RabbitMQ virtual host,
/// and hosts of the service on them with a gateway token and an operator key. Fast walks: 50 ms polls, 150 ms rungs.
/// </summary>
internal sealed class ExecutionTestBed : IAsyncDisposable
{
    public const string GatewayToken = "test-gateway-token";
    public const string ApiKey = "test-operator-key";

    private ExecutionTestBed(ServiceTestDatabase database, RabbitVirtualHost vhost)
    {
        Database = database;
        VirtualHost = vhost;
    }

    public ServiceTestDatabase Database { get; }

    public RabbitVirtualHost VirtualHost { get; }

    public static async Task<ExecutionTestBed> CreateAsync()
    {
        var database = await ServiceTestDatabase.CreateAsync("execution", typeof(OrderStore).Assembly);
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                CREATE SCHEMA options_api;
                CREATE TABLE options_api.contracts_v1 (occ_symbol text, option_right text, expiration date, strike double precision, bid double precision,
                    ask double precision, delta double precision, open_interest bigint, as_of date, underlying text);
                CREATE TABLE options_api.dealer_metrics_v1 (underlying text, as_of date, spot double precision);
                CREATE SCHEMA market_api;
                CREATE TABLE market_api.daily_bars_v1 (ticker text, session_date date, open double precision, high double precision,
                    low double precision, close double precision, volume bigint);
                """);
        }

        return new ExecutionTestBed(database, await RabbitVirtualHost.CreateAsync("kapman_execution_tests"));
    }

    /// <summary>The settings of a host: servers, credentials, fast walks; <paramref name="overrides"/> win.</summary>
    public Dictionary<string, string?> Settings(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = LocalServers.Postgres(Database.Name),
            ["ConnectionStrings:RabbitMQ"] = VirtualHost.AmqpUri.ToString(),
            [GatewayCredential.ConfigurationKey] = GatewayToken,
            ["KAPMAN_API_KEY"] = ApiKey,
            ["Kapman:Execution:PollIntervalMs"] = "50",
            ["Kapman:Execution:Walk:StepIntervalMs"] = "150",
            ["Kapman:Execution:Walk:MaxSteps"] = "5",
            ["Kapman:Execution:Walk:Step"] = "0.01",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A client that passed the gateway (its credential), and with <paramref name="apiKey"/> the operator's key too.</summary>
    public static HttpClient Client(ExecutionHost host, bool apiKey = false)
    {
        ArgumentNullException.ThrowIfNull(host);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(GatewayCredential.HeaderName, GatewayToken);
        if (apiKey)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        }

        return client;
    }

    /// <summary>Stores one contract of a chain of session <paramref name="asOf"/>.</summary>
    public async Task StoreContractAsync(string occ, string underlying, string right, DateOnly expiration, double strike, double? bid, double? ask, double? delta, DateOnly asOf)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "INSERT INTO options_api.contracts_v1 VALUES (@occ, @right, @expiration, @strike, @bid, @ask, @delta, 1000, @asOf, @underlying)",
            new { occ, right, expiration, strike, bid, ask, delta, asOf, underlying });
    }

    /// <summary>Stores the spot of a session.</summary>
    public async Task StoreSpotAsync(string underlying, DateOnly asOf, double spot)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("INSERT INTO options_api.dealer_metrics_v1 VALUES (@underlying, @asOf, @spot)", new { underlying, asOf, spot });
    }

    /// <summary>Stores the daily close of <paramref name="ticker"/> for <paramref name="session"/> (the other prices equal to it).</summary>
    public async Task StoreCloseAsync(string ticker, DateOnly session, double close)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("INSERT INTO market_api.daily_bars_v1 VALUES (@ticker, @session, @close, @close, @close, @close, 1000000)", new { ticker, session, close });
    }

    /// <summary>Stores a received recommendation (as the consumer does) with one bought leg per symbol; returns its id.</summary>
    public async Task<Guid> StoreApprovalAsync(string ticker, string strategy, decimal netLimit, int contracts, params (string Occ, string Side, decimal Mid)[] legs)
    {
        var id = Guid.NewGuid();
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO approvals (recommendation_id, run_id, session_date, ticker, strategy, legs, limit_price, contracts, received_at)
            VALUES (@id, @run, '2025-08-26', @ticker, @strategy, CAST(@legs AS jsonb), @netLimit, @contracts, now())
            """,
            new
            {
                id, run = Guid.NewGuid(), ticker, strategy, netLimit, contracts,
                legs = JsonSerializer.Serialize(legs.Select(l => new { occSymbol = l.Occ, side = l.Side, ratio = 1, limitPrice = l.Mid, expiration = "2025-09-19", strike = 650.0, right = "call" })),
            });
        return id;
    }

    /// <summary>Polls <paramref name="read"/> until <paramref name="done"/> holds (20 s at most); returns the last value read.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out waiting for {what}; last value: {JsonSerializer.Serialize(value)}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>One scalar read from the execution schema.</summary>
    public async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    /// <summary>Rows read from the execution schema, mapped by position onto <typeparamref name="T"/> (a value tuple).</summary>
    public async Task<IReadOnlyList<T>> RowsAsync<T>(string sql, object? args = null)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql, args)];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
