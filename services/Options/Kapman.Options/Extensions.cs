using Kapman.Options.Apis;
using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.Options.Data;
using Kapman.Options.IntegrationEvents.EventHandling;
using Kapman.Options.Polygon;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Configuration;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Http;

namespace Kapman.Options;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("options", typeof(Extensions).Assembly));
        builder.AddKapmanReadContract(ReadContracts.MarketData);
        builder.AddKapmanMessaging("options", bus => bus.AddConsumer<MarketSessionIngestedConsumer>());
        var pricing = new PricingInputs(
            builder.Configuration.GetValue("Kapman:Options:RiskFreeRate", PricingInputs.Default.RiskFreeRate),
            builder.Configuration.GetValue("Kapman:Options:DividendYield", PricingInputs.Default.DividendYield));
        var chainOptions = new ChainOptions(DataRoot.Resolve(builder.Configuration), pricing)
        {
            Convention = new DealerConvention(
                builder.Configuration.GetValue("Kapman:Options:DealersLongCalls", true) ? 1.0 : -1.0,
                builder.Configuration.GetValue("Kapman:Options:DealersLongPuts", false) ? 1.0 : -1.0),
            American = builder.Configuration.GetValue("Kapman:Options:AmericanPricing", true)
                ? new AmericanPricing(
                    builder.Configuration.GetValue("Kapman:Options:DefaultExerciseStyle", ExerciseStyle.American),
                    builder.Configuration.GetValue("Kapman:Options:AmericanTreeSteps", AmericanPricing.Default.Steps),
                    builder.Configuration.GetValue("Kapman:Options:EarlyExerciseTolerance", AmericanPricing.Default.PremiumTolerance))
                : null,
            ContractRetentionDays = builder.Configuration.GetValue("Kapman:Options:ContractRetentionDays", ContractRetention.DefaultDays),
        };
        if (chainOptions.ContractRetentionDays < 0 || chainOptions.American is { Steps: < 2 or > AmericanBinomial.MaximumSteps } or { PremiumTolerance: < 0 })
        {
            throw new InvalidOperationException(
                "Kapman:Options:ContractRetentionDays must be ≥ 0, AmericanTreeSteps in 2..2000 and EarlyExerciseTolerance ≥ 0.");
        }

        builder.Services.AddSingleton(chainOptions);
        var polygon = new PolygonClientOptions(
            builder.Configuration.GetValue("Kapman:Options:Polygon:BaseUrl", PolygonClientOptions.DefaultBaseUrl)!,
            builder.Configuration[PolygonClientOptions.ApiKeyVariable]);
        var watchlist = (builder.Configuration["Kapman:Options:Watchlist"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToUpperInvariant())
            .ToList();
        // A page answers in a second or two, but Polygon's 429s ask for a wait (Retry-After) that can pass the default 30 s in all.
        builder.Services.AddHttpClient(nameof(PolygonSnapshotClient)).AddLongCallResilience(PolygonClientOptions.AttemptTimeout, PolygonClientOptions.TotalTimeout);
        builder.Services.AddSingleton(sp => new SessionChainLoader(
            chainOptions,
            polygon.Enabled ? new PolygonSnapshotClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(PolygonSnapshotClient)), polygon) : null,
            watchlist,
            sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new RecentClosesReader(sp.GetRequiredKeyedService<Npgsql.NpgsqlDataSource>(ReadContracts.MarketData)));
        builder.Services.AddSingleton<OptionsStage>();
        builder.Services.AddSingleton<OptionsQueries>();
        builder.Services.AddSingleton<AnalyticsQueries>();
    }

    public static void MapApplicationEndpoints(this WebApplication app) => app.MapOptionsApi().MapAnalyticsApi();
}
