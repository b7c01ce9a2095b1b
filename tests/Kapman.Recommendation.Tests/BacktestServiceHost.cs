using Kapman.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The recommendation service in memory on a throw-away database (<see cref="UpstreamDatabase"/>) and RabbitMQ virtual host, with the
/// backtest data root at the shared data set (<c>../shared/data</c>: <c>history/lean_daily_raw</c>, <c>volatility</c>) and a gateway
/// token its <c>CreateClient()</c> clients present, as the gateway does.
/// </summary>
internal sealed class BacktestServiceHost : WebApplicationFactory<Program>
{
    /// <summary>The gateway token the host requires on mutating calls.</summary>
    public const string GatewayToken = "recommendation-backtest-test-token";

    private readonly string connectionString;
    private readonly RabbitVirtualHost bus;
    private readonly IReadOnlyDictionary<string, string> settings;

    private BacktestServiceHost(UpstreamDatabase database, RabbitVirtualHost bus, IReadOnlyDictionary<string, string> settings)
    {
        Database = database;
        this.bus = bus;
        this.settings = settings;
        connectionString = database.DataSource.ConnectionString;
    }

    /// <summary>The test's database.</summary>
    public UpstreamDatabase Database { get; }

    /// <summary>The shared data root the runs read.</summary>
    public static string DataRoot => RepoFiles.SharedData();

    /// <summary>Creates the database and virtual host and starts the host, with <paramref name="settings"/> (configuration keys) on top.</summary>
    public static async Task<BacktestServiceHost> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = await UpstreamDatabase.CreateAsync();
        var bus = await RabbitVirtualHost.CreateAsync("kapman_rec_backtest");
        var host = new BacktestServiceHost(database, bus, settings ?? new Dictionary<string, string>());
        _ = host.Server;
        return host;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Postgres", connectionString);
        builder.UseSetting("ConnectionStrings:RabbitMQ", bus.AmqpUri.ToString());
        builder.UseSetting(GatewayCredential.ConfigurationKey, GatewayToken);
        builder.UseSetting("Kapman:Recommendation:Backtest:DataRoot", DataRoot);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
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
        await Database.DisposeAsync();
        await bus.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
