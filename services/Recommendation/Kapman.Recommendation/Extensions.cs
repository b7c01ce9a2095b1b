using Kapman.Recommendation.Apis;
using Kapman.Recommendation.Core;
using Kapman.Recommendation.Generation;
using Kapman.Recommendation.IntegrationEvents.EventHandling;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Data;

namespace Kapman.Recommendation;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("recommendation", typeof(Extensions).Assembly));
        builder.AddKapmanMessaging("recommendation", bus =>
        {
            bus.AddConsumer<WyckoffSessionAnalyzedConsumer>();
            bus.AddConsumer<OptionMetricsComputedConsumer>();
        });
        builder.Services.AddSingleton(builder.Configuration.GetSection("Kapman:Recommendation").Get<RecommendationParameters>() ?? new RecommendationParameters());
        builder.Services.AddSingleton<RecommendationGenerator>();
    }

    public static void MapApplicationEndpoints(this WebApplication app) => app.MapRecommendationsApi();
}
