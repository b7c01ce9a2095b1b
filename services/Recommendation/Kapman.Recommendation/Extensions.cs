using Kapman.Recommendation.Accuracy;
using Kapman.Recommendation.Apis;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Backtests;
using Kapman.Recommendation.Core.Calibration;
using Kapman.Recommendation.Data;
using Kapman.Recommendation.Decisions;
using Kapman.Recommendation.IntegrationEvents.EventHandling;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Configuration;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.History;
using Microsoft.Extensions.Options;
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
            bus.AddConsumer<RunWeeklyMaintenanceConsumer>();
        });
        builder.Services.AddOptions<StrategyOptions>().BindConfiguration(StrategyOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.WindowsAreValid, StrategyOptions.WindowsMessage)
            .Validate(o => o.BandsAreValid, StrategyOptions.BandsMessage)
            .ValidateOnStart();
        builder.Services.AddOptions<RiskLimitsOptions>().BindConfiguration(RiskLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<JustificationOptions>().BindConfiguration(JustificationOptions.Section).ValidateDataAnnotations()
            .Validate(o => JustificationWriterFactory.Providers.Contains(o.Provider, StringComparer.OrdinalIgnoreCase), JustificationOptions.ProviderMessage)
            .ValidateOnStart();
        // The engine and the writers take plain values (Core has no options dependency); they are made once from the validated options.
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<StrategyOptions>>().Value.ToParameters());
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<RiskLimitsOptions>>().Value.ToLimits());
        builder.Services.AddSingleton(sp => JustificationWriterFactory.Create(
            sp.GetRequiredService<IOptions<JustificationOptions>>().Value, Environment.GetEnvironmentVariable));
        builder.Services.AddSingleton(sp => new RecommendationInputs(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.MarketData),
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.Options),
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.Wyckoff)));
        builder.AddDecisionCore();
        builder.Services.AddSingleton(sp => new CalibrationService(CalibrationSettings.Default, sp.GetRequiredService<TimeProvider>()));
        builder.AddBacktests();
        builder.Services.AddSingleton<RecommendationGenerator>();
        builder.Services.AddSingleton<AccuracyCache>();
        builder.Services.AddSingleton<RecommendationJoin>();
        builder.AddKapmanHistory<RecommendationHistory>();
        builder.Services.AddSingleton(sp => new OutcomeEvaluationService(
            sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.MarketData)));
        builder.Services.AddSingleton(sp => new OptionOutcomeService(
            sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.MarketData),
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.Options)));
    }

    /// <summary>
    /// The decision core in the daily run: <see cref="DecisionOptions"/> validated at start, the thresholds bound from the same
    /// section, the stored-chain reader, the VIX files (default <c>&lt;data root&gt;/volatility</c>) and no corporate-events source.
    /// </summary>
    private static void AddDecisionCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DecisionOptions>().BindConfiguration(DecisionOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.StructuresAreValid, DecisionOptions.StructuresMessage)
            .ValidateOnStart();
        var thresholds = DecisionThresholdsBinder.Bind(builder.Configuration.GetSection(DecisionOptions.Section));
        if (DecisionThresholdsBinder.Problem(thresholds) is { } problem)
        {
            throw new OptionsValidationException(DecisionOptions.Section, typeof(DecisionOptions), [problem]);
        }

        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DecisionOptions>>().Value;
            return new DecisionSettings(o.Enabled, o.StructureTypes(), thresholds, o.DecisionMinutesBeforeClose, o.Pricing());
        });
        builder.Services.AddSingleton(sp => new VolatilityIndexFiles(
            sp.GetRequiredService<IOptions<DecisionOptions>>().Value.VolatilityDirectory is { Length: > 0 } folder
                ? Path.GetFullPath(folder)
                : DefaultVolatilityDirectory(builder.Configuration)));
        builder.Services.AddSingleton(sp => new DecisionInputsReader(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.MarketData), sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.Options)));
        builder.Services.AddSingleton<ICorporateEventsSource, NoCorporateEventsSource>();
        builder.Services.AddSingleton<DecisionRunner>();
    }

    /// <summary>
    /// Backtests through <c>POST /backtests</c>: <see cref="BacktestOptions"/> (its data root, default the suite's), the history loader
    /// and the background runner.
    /// </summary>
    private static void AddBacktests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BacktestOptions>().BindConfiguration(BacktestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new BacktestHistoryLoader(
            sp.GetRequiredService<IOptions<BacktestOptions>>().Value.DataRoot is { Length: > 0 } root
                ? Path.GetFullPath(root)
                : DefaultDataRoot(builder.Configuration)));
        builder.Services.AddSingleton<BacktestJobs>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BacktestJobs>());
    }

    /// <summary>The suite's data root; with none (an image without files), a folder that does not exist, so a run finds no bars.</summary>
    private static string DefaultDataRoot(IConfiguration configuration)
    {
        try
        {
            return DataRoot.Resolve(configuration);
        }
        catch (InvalidOperationException)
        {
            return Path.Combine(AppContext.BaseDirectory, "no-data-root");
        }
    }

    /// <summary>
    /// <c>&lt;data root&gt;/volatility</c>; with no data root (an image without files), a folder that does not exist, so VIX and
    /// VIX3M read as missing and stage E fails closed instead of the service failing.
    /// </summary>
    private static string DefaultVolatilityDirectory(IConfiguration configuration) => Path.Combine(DefaultDataRoot(configuration), "volatility");

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapRecommendationsApi();
        app.MapOutcomesApi();
        app.MapGenerateApi();
        app.MapDecisionsApi();
        app.MapCalibrationApi();
        app.MapBacktestsApi();
        app.MapHistoryEndpoints();
    }
}
