using Kapman.Metrics.Apis;
using Kapman.Metrics.Application;
using Kapman.Metrics.Data;
using Kapman.Metrics.IntegrationEvents.EventHandling;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.History;
using Kapman.ServiceDefaults.Messaging.Sharding;

namespace Kapman.Metrics;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("metrics", typeof(Extensions).Assembly));
        builder.AddKapmanReadContract(ReadContracts.MarketData);
        builder.AddKapmanMessaging("metrics", bus =>
        {
            bus.AddConsumer<MarketSessionIngestedConsumer>();
            bus.AddConsumer<IndicatorShardConsumer>();
            bus.AddConsumer<RunWeeklyMaintenanceConsumer>();
        });
        builder.Services.AddOptions<Kapman.ServiceDefaults.Messaging.SnapshotRetentionOptions>().BindConfiguration("Kapman:Metrics:Retention").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(ShardSettings.From(builder.Configuration, "Kapman:Metrics:Shards"));
        builder.Services.AddSingleton<IndicatorStore>();
        builder.AddKapmanHistory<IndicatorHistory>();
    }

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapIndicatorsApi();
        app.MapHistoryEndpoints();
        app.MapShardEndpoints();
    }
}
