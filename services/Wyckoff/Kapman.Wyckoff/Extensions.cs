using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.History;
using Kapman.ServiceDefaults.Messaging.Sharding;
using Kapman.Wyckoff.Apis;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;
using Kapman.Wyckoff.IntegrationEvents.EventHandling;
using Npgsql;

namespace Kapman.Wyckoff;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("wyckoff", typeof(Extensions).Assembly));
        builder.AddKapmanReadContract(ReadContracts.MarketData);
        builder.AddKapmanMessaging("wyckoff", bus =>
        {
            bus.AddConsumer<MarketSessionIngestedConsumer>();
            bus.AddConsumer<AnalysisShardConsumer>();
            bus.AddConsumer<OptionMetricsComputedConsumer>();
            bus.AddConsumer<RunWeeklyMaintenanceConsumer>();
        });
        builder.Services.AddOptions<Kapman.ServiceDefaults.Messaging.SnapshotRetentionOptions>().BindConfiguration("Kapman:Wyckoff:Retention").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(ShardSettings.From(builder.Configuration, "Kapman:Wyckoff:Shards"));
        builder.Services.AddSingleton(WyckoffParameters.Default);
        builder.Services.AddSingleton(sp => new MarketBarReader(sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.MarketData)));
        builder.Services.AddSingleton<SnapshotStore>();
        builder.Services.AddSingleton<TimelineStore>();
        builder.AddKapmanHistory<WyckoffHistory>();
    }

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapWyckoffApi();
        app.MapTimelineApi();
        app.MapHistoryEndpoints();
        app.MapShardEndpoints();
    }
}
