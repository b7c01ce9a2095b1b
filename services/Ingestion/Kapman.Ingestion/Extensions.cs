using Kapman.Ingestion.Apis;
using Kapman.Ingestion.Application;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.IntegrationEvents.EventHandling;
using Kapman.Ingestion.Loading;
using Kapman.Ingestion.Pipeline;
using Kapman.Ingestion.Pipeline.Schedule;
using Kapman.Ingestion.Sources;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Configuration;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Http;
using Microsoft.Extensions.Options;

namespace Kapman.Ingestion;

internal static class Extensions
{
    /// <exception cref="OptionsValidationException">At startup: a <c>Kapman:Ingestion</c> setting is invalid (the message names the key).</exception>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("market", typeof(Extensions).Assembly));
        builder.AddKapmanMessaging("ingestion", bus =>
        {
            bus.AddConsumer<RunDailyPipelineConsumer>();
            bus.AddConsumer<PipelineStageChangedConsumer>();
            bus.AddConsumer<StageFaultConsumer>();
            bus.AddConsumer<RunWeeklyMaintenanceConsumer>();
            bus.AddConsumer<RetentionAppliedConsumer>();
        });
        builder.Services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.RunDueByValid(), IngestionOptions.RunDueByMessage)
            // The configured source must be usable from the start; another one a backfill asks for is checked when it asks.
            .Validate<IOptions<S3SourceOptions>>((o, s3) => o.Source != "s3" || s3.Value.ServiceUrl is { Length: > 0 }, S3SourceOptions.Section + ":ServiceUrl is required for the s3 source.")
            .Validate<IOptions<S3SourceOptions>>((o, s3) => o.Source != "s3" || s3.Value.Bucket is { Length: > 0 }, S3SourceOptions.Section + ":Bucket is required for the s3 source.")
            .Validate(o => o.Source != "polygon" || PolygonSourceOptions.ApiKey() is not null, $"The polygon source needs {PolygonSourceOptions.ApiKeyVariable} in the environment.")
            .ValidateOnStart();
        builder.Services.AddOptions<ScheduleOptions>()
            .BindConfiguration(ScheduleOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.StartAtValid(), ScheduleOptions.StartAtMessage)
            .Validate(o => o.AlertAtValid(), ScheduleOptions.AlertAtMessage)
            .Validate(o => o.WeeklyOnValid(), ScheduleOptions.WeeklyOnMessage)
            .ValidateOnStart();
        builder.Services.AddOptions<S3SourceOptions>()
            .BindConfiguration(S3SourceOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<PolygonSourceOptions>()
            .BindConfiguration(PolygonSourceOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.BaseUrlValid(), PolygonSourceOptions.BaseUrlMessage)
            .ValidateOnStart();
        builder.Services.AddSingleton(new DataFiles(DataRoot.Resolve(builder.Configuration)));
        // One grouped-daily response is the whole market's day (megabytes), and a 429's Retry-After can pass the default 30 s.
        builder.Services.AddHttpClient(PolygonGroupedDailySource.ClientName)
            .AddLongCallResilience(PolygonGroupedDailySource.AttemptTimeout, PolygonGroupedDailySource.TotalTimeout);
        builder.Services.AddSingleton<SessionSources>();
        builder.Services.AddSingleton(services => services.GetRequiredService<SessionSources>().Get(null));
        builder.Services.AddSingleton<SessionLoader>();
        builder.Services.AddSingleton<DailySessionStep>();
        builder.Services.AddSingleton<RunKeeper>();
        builder.Services.AddSingleton<ScheduleKeeper>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<BackfillRunner>();
        builder.Services.AddSingleton<BackfillJobs>();
        builder.Services.AddSingleton<PipelineRunStore>();
        builder.Services.AddHostedService<PipelineRunMetrics>();
        builder.Services.AddSingleton<DailyScheduler>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DailyScheduler>());
        builder.Services.AddSingleton<CompletenessStore>();
        builder.Services.AddSingleton<BarQueries>();
        builder.Services.AddSingleton<UniverseStore>();
        builder.Services.AddSingleton<PortfolioStore>();
    }

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapPipelineApi();
        app.MapScheduleApi();
        app.MapWeeklyRunApi();
        app.MapBackfillApi();
        app.MapSessionsApi();
        app.MapBarsApi();
        app.MapUniverseApi();
        app.MapPortfoliosApi();
    }
}
