using Kapman.Notification.Apis;
using Kapman.Notification.Email;
using Kapman.Notification.IntegrationEvents.EventHandling;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Data;

namespace Kapman.Notification;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("notification", typeof(Extensions).Assembly));
        builder.AddKapmanMessaging("notification", bus =>
        {
            bus.AddConsumer<WyckoffAlertRaisedConsumer>();
            bus.AddConsumer<RecommendationsGeneratedConsumer>();
            bus.AddConsumer<PipelineMessageFaultedConsumer>();
        });
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection("Kapman:Smtp"));
        builder.Services.AddSingleton<EmailDispatcher>();
    }

    public static void MapApplicationEndpoints(this WebApplication app) => app.MapMessagesApi();
}
