using Kapman.Recommendation.Apis;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Generation;
using Kapman.Recommendation.IntegrationEvents.EventHandling;
using Kapman.Recommendation.Justification;
using Kapman.Recommendation.Outcomes;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Data;
using Npgsql;

namespace Kapman.Recommendation;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("recommendation", typeof(Extensions).Assembly));
        builder.AddKapmanReadContract(ReadContracts.MarketData);
        builder.AddKapmanReadContract(ReadContracts.Options);
        builder.AddKapmanReadContract(ReadContracts.Wyckoff);
        builder.AddKapmanMessaging("recommendation", bus =>
        {
            bus.AddConsumer<WyckoffSessionAnalyzedConsumer>();
            bus.AddConsumer<OptionMetricsComputedConsumer>();
        });
        var section = builder.Configuration.GetSection("Kapman:Recommendation");
        builder.Services.AddSingleton(section.GetSection("Strategy").Get<StrategyParameters>() ?? StrategyParameters.Default);
        builder.Services.AddSingleton(section.GetSection("RiskLimits").Get<RiskLimits>() ?? new RiskLimits());
        var justification = section.GetSection("Justification").Get<JustificationOptions>() ?? new JustificationOptions();
        builder.Services.AddSingleton(JustificationWriterFactory.Create(justification, Environment.GetEnvironmentVariable));
        builder.Services.AddSingleton(sp => new RecommendationInputs(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.MarketData),
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.Options),
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.Wyckoff)));
        builder.Services.AddSingleton<RecommendationGenerator>();
        builder.Services.AddSingleton<RecommendationJoin>();
        builder.Services.AddSingleton(sp => new OutcomeEvaluationService(
            sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.MarketData)));
        builder.Services.AddHostedService<WeeklyEvaluationJob>();
    }

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapRecommendationsApi();
        app.MapOutcomesApi();
        app.MapGenerateApi();
    }
}
