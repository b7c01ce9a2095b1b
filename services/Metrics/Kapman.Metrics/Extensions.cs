using Kapman.Metrics.Apis;
using Kapman.Metrics.Data;
using Kapman.Metrics.IntegrationEvents.EventHandling;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Data;

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
            bus.AddConsumer<RunWeeklyMaintenanceConsumer>();
        });
        builder.Services.AddOptions<Kapman.ServiceDefaults.Messaging.SnapshotRetentionOptions>().BindConfiguration("Kapman:Metrics:Retention").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IndicatorStore>();
    }

    public static void MapApplicationEndpoints(this WebApplication app) => app.MapIndicatorsApi();
}
