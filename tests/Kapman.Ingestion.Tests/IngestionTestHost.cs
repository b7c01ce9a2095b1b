using System.Text;
using Kapman.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The ingestion host in memory against its own throw-away PostgreSQL database (<c>kapman_ingtest_*</c>, dropped on
/// dispose) and a RabbitMQ vhost of its own (<c>kapman_ingestion_test_*</c>, deleted on dispose). PostgreSQL is the postgres superuser over the Unix socket (peer) and
/// RabbitMQ as kapman on 5672 (management 15672), see <see cref="LocalServers"/>; an unreachable server fails the test
/// with its address.
/// </summary>
public sealed class IngestionTestHost : WebApplicationFactory<Program>
{
    /// <summary>
    /// The gateway token every ingestion test host and process is configured with; their clients present it, as the
    /// gateway does, since the tests call the service port directly.
    /// </summary>
    public const string GatewayToken = "ingestion-test-gateway-token";

    /// <summary>The RabbitMQ vhost every ingestion test process uses (<see cref="IngestionProcess"/>; a test host has a vhost of its own).</summary>
    public const string VirtualHost = "kapman_ingestion_tests";

    internal static readonly string Admin = LocalServers.PostgresAdmin;

    private readonly string dataRoot;
    private readonly int retentionSessions;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly TimeProvider? clock;
    private readonly RabbitVirtualHost virtualHost;

    private IngestionTestHost(string database, string dataRoot, int retentionSessions, IReadOnlyDictionary<string, string> settings, TimeProvider? clock,
        RabbitVirtualHost virtualHost)
    {
        this.virtualHost = virtualHost;
        this.settings = settings;
        this.clock = clock;
        Database = database;
        this.dataRoot = dataRoot;
        this.retentionSessions = retentionSessions;
        ConnectionString = new NpgsqlConnectionStringBuilder(Admin) { Database = database, Pooling = true }.ConnectionString;
    }

    /// <summary>The test's database.</summary>
    public string Database { get; }

    /// <summary>Administrator connection string to <see cref="Database"/>.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Creates the database and vhost, runs <paramref name="seed"/> on the empty database (as administrator, before any
    /// migration) and returns a started host reading flat files under <paramref name="dataRoot"/>, with extra
    /// configuration <paramref name="settings"/> (e.g. the source) and, when given, <paramref name="clock"/> as the host's TimeProvider.
    /// </summary>
    public static async Task<IngestionTestHost> StartAsync(
        string dataRoot, int retentionSessions = 0, Func<NpgsqlConnection, Task>? seed = null, IReadOnlyDictionary<string, string>? settings = null,
        TimeProvider? clock = null)
    {
        var database = "kapman_ingtest_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var connection = new NpgsqlConnection(Admin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
            await using var role = new NpgsqlCommand(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_market_reader') THEN CREATE ROLE kapman_market_reader NOLOGIN; END IF; END $$",
                connection);
            await role.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            Assert.Fail($"PostgreSQL is needed at {new NpgsqlConnectionStringBuilder(Admin).Host}: {ex.Message}");
        }

        // A vhost of the host's own: a message a previous test's host left in a queue (its run gone with its database) must not
        // be consumed here, ahead of this test's own messages.
        var host = new IngestionTestHost(database, dataRoot, retentionSessions, settings ?? new Dictionary<string, string>(), clock,
            await RabbitVirtualHost.CreateAsync("kapman_ingestion_test"));
        if (seed is not null)
        {
            await using var connection = await host.OpenAsync();
            await seed(connection);
        }

        _ = host.Server;
        return host;
    }

    /// <summary>An HTTP client to the host with a generous timeout for long backfills.</summary>
    public HttpClient Client()
    {
        var client = CreateClient();
        client.Timeout = TimeSpan.FromMinutes(20);
        return client;
    }

    /// <summary>Opens a connection to the test database.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        builder.UseSetting("ConnectionStrings:RabbitMQ", virtualHost.AmqpUri.ToString());
        builder.UseSetting("Kapman:Data:Root", dataRoot);
        builder.UseSetting(GatewayCredential.ConfigurationKey, GatewayToken);
        builder.UseSetting("Kapman:Ingestion:RetentionSessions", retentionSessions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <inheritdoc />
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(GatewayCredential.HeaderName, GatewayToken);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await virtualHost.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    internal static async Task EnsureVirtualHostAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:15672/") };
        http.DefaultRequestHeaders.Authorization = LocalServers.RabbitMqManagementAuth;
        try
        {
            (await http.PutAsync($"api/vhosts/{VirtualHost}", null)).EnsureSuccessStatusCode();
            using var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
            (await http.PutAsync($"api/permissions/{VirtualHost}/{LocalServers.RabbitMqUser}", permissions)).EnsureSuccessStatusCode();
        }
        catch (HttpRequestException ex)
        {
            Assert.Fail($"RabbitMQ management is needed at {http.BaseAddress}: {ex.Message}");
        }
    }
}
