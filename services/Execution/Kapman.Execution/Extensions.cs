using Kapman.Execution.Apis;
using Kapman.Execution.Brokers.Tradier;
using Kapman.Execution.Data;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Data;

namespace Kapman.Execution;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("execution", typeof(Extensions).Assembly));
        builder.AddKapmanMessaging("execution", _ => { });
        builder.Services.AddOptions<ExecutionOptions>().BindConfiguration(ExecutionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OrderStore>();
        // Options only, unless Kapman:Execution:Tradier:Enabled is true; the order flow does not use the broker yet.
        builder.AddTradierBroker();
    }

    public static void MapApplicationEndpoints(this WebApplication app) => app.MapOrdersApi();
}
