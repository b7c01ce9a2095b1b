using Kapman.Notification.Apis;
using Kapman.Notification.Application;
using Kapman.Notification.Commentary;
using Kapman.Notification.Data;
using Kapman.Notification.Discord;
using Kapman.Notification.Discord.IntegrationEvents;
using Kapman.Notification.IntegrationEvents.EventHandling;
using Kapman.Notification.Routing;
using Kapman.Notification.Telegram;
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
            bus.AddConsumer<ExecutionAlertRaisedConsumer>();
            bus.AddConsumer<OrderStateChangedConsumer>();
            bus.AddConsumer<KillSwitchChangedConsumer>();
            bus.AddConsumer<DailyPnlReportedConsumer>();
            bus.AddConsumer<RecommendationsGeneratedConsumer>();
            bus.AddConsumer<PipelineMessageFaultedConsumer>();
            bus.AddConsumer<PipelineStageChangedConsumer>();
            bus.AddConsumer<ScheduledRunFailedConsumer>();
            bus.AddConsumer<RecommendationIssuedConsumer>();
            bus.AddConsumer<WyckoffAlertRaisedDiscordConsumer>();
            bus.AddConsumer<RecommendationIssuedDiscordConsumer>();
            bus.AddConsumer<OrderStateChangedDiscordConsumer>();
            bus.AddCommentaryConsumers();
        });
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MessageStore>();
        builder.Services.AddSingleton<EmailDispatcher>();
        builder.Services.AddNotificationRouting();
        builder.Services.AddSingleton<TelegramApprovalRoute>();
        builder.Services.AddSingleton<TelegramAlertRoute>();
        builder.Services.AddSingleton<MessageDistributor>();
        builder.Services.AddSingleton<HeldMessageReleaser>();
        builder.Services.AddHostedService<HeldReleaseWorker>();
        builder.Services.AddTelegram();
        builder.AddDiscord();
        builder.Services.AddCommentary();
    }

    public static void MapApplicationEndpoints(this WebApplication app) =>
        app.MapMessagesApi().MapDiscordApi().MapTelegramWebhook().MapCommentaryApi().MapRoutesApi().MapControlsApi();
}
