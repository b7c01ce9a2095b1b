using System.Diagnostics;
using Dapper;
using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Kapman.Testing;

/// <summary>
/// One trial of a sharded stage on real servers: a throw-away database with the stage's migrations and the sample sessions'
/// bars (<see cref="SampleMarket"/>), a throw-away RabbitMQ virtual host, and replicas of the built service as processes
/// (<see cref="ServiceProcess"/>). The test publishes <see cref="MarketSessionIngested"/> as Ingestion does and reads what the
/// replicas stored: the output tables' hashes, the shard books and the completion events in the outbox.
/// </summary>
internal sealed class ShardedStageTrial : IAsyncDisposable
{
    private readonly List<ServiceProcess> replicas = [];

    private ShardedStageTrial(ShardedStage stage, int shards, ServiceTestDatabase database, RabbitVirtualHost vhost, IReadOnlyList<DateOnly> sessions)
    {
        Stage = stage;
        Shards = shards;
        Database = database;
        VirtualHost = vhost;
        Sessions = sessions;
    }

    public ShardedStage Stage { get; }

    public int Shards { get; }

    public ServiceTestDatabase Database { get; }

    public RabbitVirtualHost VirtualHost { get; }

    /// <summary>The sample sessions loaded, ascending.</summary>
    public IReadOnlyList<DateOnly> Sessions { get; }

    /// <summary>The replicas started, in start order.</summary>
    public IReadOnlyList<ServiceProcess> Replicas => replicas;

    public static async Task<ShardedStageTrial> CreateAsync(ShardedStage stage, int shards)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var database = await ServiceTestDatabase.CreateAsync(stage.Schema, stage.Migrations);
        var sessions = await SampleMarket.LoadAsync(database.DataSource);
        if (stage.Prepare is { } prepare)
        {
            await prepare(database.DataSource);
        }

        var vhost = await RabbitVirtualHost.CreateAsync("kapman_shards");
        return new ShardedStageTrial(stage, shards, database, vhost, sessions);
    }

    /// <summary>Starts <paramref name="count"/> replicas side by side, each with the same settings.</summary>
    public async Task StartReplicasAsync(int count)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = LocalServers.Postgres(Database.Name),
            ["ConnectionStrings:RabbitMQ"] = VirtualHost.AmqpUri.ToString(),
            ["KAPMAN_GATEWAY_TOKEN"] = "test-gateway-token",
            [$"Kapman:{Stage.Service}:Shards"] = Shards.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in Stage.Settings)
        {
            settings[key] = value;
        }

        replicas.AddRange(await Task.WhenAll(Enumerable.Range(0, count).Select(_ => ServiceProcess.StartAsync(Stage.Service, settings))));
    }

    /// <summary>Publishes the session as Ingestion announces it (the bars are already stored).</summary>
    public async Task PublishAsync(DateOnly session)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(RabbitMqEndpoint.Parse(VirtualHost.AmqpUri.ToString()).Configure);
        await bus.StartAsync();
        try
        {
            await bus.Publish(new MarketSessionIngested(Guid.NewGuid(), session, 0, 0, 0, "test:sample"));
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>Publishes each session and waits for its completion before the next; returns each session's wall time.</summary>
    public async Task<IReadOnlyList<TimeSpan>> RunSessionsAsync(IEnumerable<DateOnly> sessions, TimeSpan patience)
    {
        var times = new List<TimeSpan>();
        foreach (var session in sessions)
        {
            var done = await CountAsync("SELECT count(*) FROM session_splits WHERE completed_at IS NOT NULL");
            var clock = Stopwatch.StartNew();
            await PublishAsync(session);
            await WaitAsync("SELECT count(*) FROM session_splits WHERE completed_at IS NOT NULL", done + 1, patience);
            times.Add(clock.Elapsed);
        }

        return times;
    }

    /// <summary>Runs <see cref="ShardedStage.WholeSession"/> for each session in this process, with no replica and no broker.</summary>
    public async Task RunWholeSessionsAsync(IEnumerable<DateOnly> sessions)
    {
        foreach (var session in sessions)
        {
            await Stage.WholeSession(Database.DataSource, session);
        }
    }

    /// <summary>Polls <paramref name="countSql"/> until it reaches <paramref name="atLeast"/>; fails the test after <paramref name="patience"/>.</summary>
    public async Task WaitAsync(string countSql, long atLeast, TimeSpan patience)
    {
        long last = 0;
        for (var deadline = DateTime.UtcNow + patience; DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            last = await CountAsync(countSql);
            if (last >= atLeast)
            {
                return;
            }
        }

        Assert.Fail($"waited {patience.TotalSeconds:0} s for {atLeast} from `{countSql}`, saw {last}; last lines of the replicas:{Environment.NewLine}" +
            string.Join(Environment.NewLine, replicas.SelectMany(r => r.Lines.TakeLast(10))));
    }

    /// <summary>One count from the stage's schema.</summary>
    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    /// <summary>The output tables' hashes, by table.</summary>
    public async Task<IReadOnlyDictionary<string, string>> HashesAsync()
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (table, hash) in Stage.OutputHashes)
        {
            hashes[table] = await hash(connection) ?? "";
        }

        return hashes;
    }

    /// <summary>Each shard done: the session, shard, instance and its duration in ms, by session then shard.</summary>
    public async Task<IReadOnlyList<(DateOnly Session, int Shard, string Instance, int Tickers, double Ms)>> ShardRowsAsync()
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(DateOnly, int, string, int, double)>(
            """
            SELECT s.session_date, h.shard, h.instance, h.tickers, extract(epoch FROM h.finished_at - h.started_at) * 1000
            FROM session_shards h JOIN session_splits s USING (split_id) ORDER BY s.session_date, h.shard
            """);
        return rows.ToList();
    }

    /// <summary>A connection on the stage's schema for the test's own locks.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync() => Database.DataSource.OpenConnectionAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }

        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
