using Kapman.Options.Apis;
using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.Options.Data;
using Kapman.Options.IntegrationEvents.EventHandling;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Configuration;
using Kapman.ServiceDefaults.Data;

namespace Kapman.Options;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("options", typeof(Extensions).Assembly));
        builder.AddKapmanMessaging("options", bus => bus.AddConsumer<MarketSessionIngestedConsumer>());
        var pricing = new PricingInputs(
            builder.Configuration.GetValue("Kapman:Options:RiskFreeRate", PricingInputs.Default.RiskFreeRate),
            builder.Configuration.GetValue("Kapman:Options:DividendYield", PricingInputs.Default.DividendYield));
        builder.Services.AddSingleton(new ChainOptions(DataRoot.Resolve(builder.Configuration), pricing));
        builder.Services.AddSingleton<OptionsQueries>();
    }

    public static void MapApplicationEndpoints(this WebApplication app) => app.MapOptionsApi();
}
