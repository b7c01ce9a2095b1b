using Kapman.Ingestion.Apis;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.IntegrationEvents.EventHandling;
using Kapman.Ingestion.Loading;
using Kapman.Ingestion.Pipeline;
using Kapman.Ingestion.Sources;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Configuration;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Http;

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
            bus.AddConsumer<StageFaultConsumer>();
        });
        builder.Services.AddSingleton(new IngestionOptions(DataRoot.Resolve(builder.Configuration),
            builder.Configuration.GetValue("Kapman:Ingestion:RetentionSessions", IngestionOptions.DefaultRetentionSessions),
            builder.Configuration.GetValue("Kapman:Ingestion:BackfillWriters", IngestionOptions.DefaultBackfillWriters)));
        // One grouped-daily response is the whole market's day (megabytes), and a 429's Retry-After can pass the default 30 s.
        builder.Services.AddHttpClient(PolygonGroupedDailySource.ClientName)
            .AddLongCallResilience(PolygonGroupedDailySource.AttemptTimeout, PolygonGroupedDailySource.TotalTimeout);
        builder.Services.AddSingleton<SessionSources>();
        builder.Services.AddSingleton(services => services.GetRequiredService<SessionSources>().Get(null));
        builder.Services.AddSingleton<SessionLoader>();
        builder.Services.AddSingleton<BackfillRunner>();
        builder.Services.AddSingleton<BackfillJobs>();
        builder.Services.AddSingleton<PipelineRunStore>();
        builder.Services.AddHostedService<PipelineRunMetrics>();
        builder.Services.AddSingleton<CompletenessStore>();
        builder.Services.AddSingleton<UniverseStore>();
        builder.Services.AddSingleton<PortfolioStore>();
    }

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapPipelineApi();
        app.MapBackfillApi();
        app.MapSessionsApi();
        app.MapBarsApi();
        app.MapUniverseApi();
        app.MapPortfoliosApi();
    }
}
