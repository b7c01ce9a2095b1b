using Kapman.Options.Apis;
using Kapman.Options.Application;
using Kapman.Options.Chains;
using Kapman.Options.Data;
using Kapman.Options.IntegrationEvents.EventHandling;
using Kapman.Options.Polygon;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Configuration;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Http;
using Kapman.ServiceDefaults.Messaging.Sharding;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kapman.Options;

internal static class Extensions
{
    /// <exception cref="OptionsValidationException">At startup: a <c>Kapman:Options</c> setting is invalid (the message names the key).</exception>
    /// <exception cref="InvalidOperationException">At startup: <c>Kapman:Options:Shards</c> is not a whole number in 1..256.</exception>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("options", typeof(Extensions).Assembly));
        builder.AddKapmanReadContract(ReadContracts.MarketData);
        builder.AddKapmanMessaging("options", bus =>
        {
            bus.AddConsumer<MarketSessionIngestedConsumer>();
            bus.AddConsumer<ChainShardConsumer>();
            bus.AddConsumer<RunWeeklyMaintenanceConsumer>();
        });
        builder.Services.AddOptions<Kapman.ServiceDefaults.Messaging.SnapshotRetentionOptions>().BindConfiguration("Kapman:Options:Retention").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(ShardSettings.From(builder.Configuration, "Kapman:Options:Shards"));
        builder.Services.AddOptions<OptionsStageOptions>()
            .BindConfiguration(OptionsStageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.TreeStepsValid(), OptionsStageOptions.TreeStepsMessage)
            .ValidateOnStart();
        builder.Services.AddOptions<PolygonOptions>()
            .BindConfiguration(PolygonOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.BaseUrlValid(), PolygonOptions.BaseUrlMessage)
            .ValidateOnStart();
        var dataRoot = DataRoot.Resolve(builder.Configuration);
        builder.Services.AddSingleton(sp => ChainOptions.From(sp.GetRequiredService<IOptions<OptionsStageOptions>>().Value, dataRoot));
        // A page answers in a second or two, but Polygon's 429s ask for a wait (Retry-After) that can pass the default 30 s in all.
        builder.Services.AddHttpClient(nameof(PolygonSnapshotClient)).AddLongCallResilience(PolygonClientOptions.AttemptTimeout, PolygonClientOptions.TotalTimeout);
        builder.Services.AddSingleton(sp => new SessionChainLoader(
            sp.GetRequiredService<ChainOptions>(),
            PolygonClient(sp),
            sp.GetRequiredService<IOptions<OptionsStageOptions>>().Value.WatchlistTickers(),
            sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new RecentClosesReader(sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.MarketData)));
        builder.Services.AddSingleton(sp => new ChainUnderlyingsReader(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.MarketData), sp.GetRequiredService<IOptions<OptionsStageOptions>>().Value.WatchlistTickers()));
        builder.Services.AddSingleton<ChainCoverageStore>();
        builder.Services.AddSingleton<OptionsDailyStep>();
        builder.Services.AddSingleton<OptionsQueries>();
        builder.Services.AddSingleton<AnalyticsQueries>();
    }

    public static void MapApplicationEndpoints(this WebApplication app) => app.MapOptionsApi().MapAnalyticsApi().MapShardEndpoints();

    /// <summary>The snapshot API client, or null when <see cref="PolygonClientOptions.ApiKeyVariable"/> is not in the environment.</summary>
    private static PolygonSnapshotClient? PolygonClient(IServiceProvider services)
    {
        var polygon = new PolygonClientOptions(
            services.GetRequiredService<IOptions<PolygonOptions>>().Value.BaseUrl, Environment.GetEnvironmentVariable(PolygonClientOptions.ApiKeyVariable));
        return polygon.Enabled
            ? new PolygonSnapshotClient(services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(PolygonSnapshotClient)), polygon)
            : null;
    }
}
