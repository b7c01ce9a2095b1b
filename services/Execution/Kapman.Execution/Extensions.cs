using Kapman.Execution.Apis;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Data;

namespace Kapman.Execution;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("execution", typeof(Extensions).Assembly));
        builder.AddKapmanMessaging("execution", _ => { });
    }

    public static void MapApplicationEndpoints(this WebApplication app) => app.MapOrdersApi();
}
