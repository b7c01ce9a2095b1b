using Kapman.Ingestion.Apis;
using Kapman.Ingestion.IntegrationEvents.EventHandling;
using Kapman.Ingestion.Loading;
using Kapman.Ingestion.Pipeline;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Configuration;
using Kapman.ServiceDefaults.Data;

namespace Kapman.Ingestion;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("market", typeof(Extensions).Assembly));
        builder.AddKapmanMessaging("ingestion", bus =>
        {
            bus.AddConsumer<RunDailyPipelineConsumer>();
            bus.AddConsumer<PipelineStageChangedConsumer>();
        });
        builder.Services.AddSingleton(new IngestionOptions(DataRoot.Resolve(builder.Configuration)));
        builder.Services.AddSingleton<LocalSessionFileReader>();
        builder.Services.AddSingleton<SessionLoader>();
        builder.Services.AddSingleton<PipelineRunStore>();
    }

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapPipelineApi();
        app.MapBackfillApi();
        app.MapSessionsApi();
    }
}
