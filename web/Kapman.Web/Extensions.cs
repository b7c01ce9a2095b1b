using Kapman.Web.Clients;
using Kapman.Web.Components;
using Kapman.Web.Components.Today;
using Microsoft.Extensions.Options;

namespace Kapman.Web;

/// <summary>Wires the web UI: Razor components (static SSR only) and typed gateway clients.</summary>
public static class Extensions
{
    /// <summary>
    /// Registers Razor components, <see cref="GatewayOptions"/> (section <c>Kapman</c>, e.g. <c>Kapman__GatewayUrl</c>)
    /// and one typed HttpClient per service, each based at the gateway.
    /// </summary>
    public static WebApplicationBuilder AddKapmanWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddOptions<GatewayOptions>().Bind(builder.Configuration.GetSection(GatewayOptions.Section));
        builder.Services.AddHttpClient<IngestionClient>(ConfigureGateway);
        builder.Services.AddHttpClient<WyckoffClient>(ConfigureGateway);
        builder.Services.AddHttpClient<RecommendationClient>(ConfigureGateway);
        builder.Services.AddHttpClient<HealthClient>(ConfigureGateway);
        builder.Services.AddTransient<TodayLoader>();
        return builder;
    }

    /// <summary>Serves wwwroot (copied beside the dll, see the csproj) and maps the Razor component pages.</summary>
    public static WebApplication MapKapmanWeb(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseAntiforgery();
        app.MapRazorComponents<App>();
        return app;
    }

    private static void ConfigureGateway(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        http.BaseAddress = options.GatewayUrl;
        http.Timeout = options.Timeout;
    }
}
