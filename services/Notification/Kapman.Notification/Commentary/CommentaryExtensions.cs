using Kapman.LanguageModels;
using Kapman.Notification.Commentary.Data;
using Kapman.Notification.Commentary.IntegrationEvents;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Commentary;

/// <summary>Wires the AI market commentary (issue 20 item 4). Needs the Telegram services (<c>AddTelegram</c>) and the email dispatcher.</summary>
public static class CommentaryExtensions
{
    /// <summary>
    /// Registers <see cref="CommentaryOptions"/> (validated at start), the model client (none for the template; the key from the
    /// environment only), the stores, the writer, the approvals, the Telegram press handler and the intraday report's worker.
    /// </summary>
    public static IServiceCollection AddCommentary(this IServiceCollection services)
    {
        services.AddOptions<CommentaryOptions>().BindConfiguration(CommentaryOptions.Section).ValidateDataAnnotations()
            .Validate(o => LanguageModelFactory.Providers.Contains(o.Provider, StringComparer.OrdinalIgnoreCase), CommentaryOptions.ProviderMessage)
            .ValidateOnStart();
        services.AddSingleton<CommentaryFactStore>();
        services.AddSingleton<CommentaryReportStore>();
        services.AddSingleton<ReportApprovals>();
        services.AddSingleton<ReportCallbackHandler>();
        services.AddSingleton<IntradayReportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<IntradayReportWorker>());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CommentaryOptions>>().Value;
            var configuration = sp.GetRequiredService<IConfiguration>();
            var model = LanguageModelFactory.Create(options.Settings(), name => configuration[name] is { Length: > 0 } key ? key : null);
            return new CommentaryWriter(model, sp.GetRequiredService<CommentaryFactStore>(), sp.GetRequiredService<CommentaryReportStore>(),
                sp.GetRequiredService<ReportApprovals>(), TimeSpan.FromSeconds(options.TimeoutSeconds), sp.GetRequiredService<ILogger<CommentaryWriter>>());
        });
        return services;
    }

    /// <summary>Adds the consumers that store the facts and write the post-market report.</summary>
    public static void AddCommentaryConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<WyckoffAlertRaisedCommentaryConsumer>();
        bus.AddConsumer<RecommendationIssuedCommentaryConsumer>();
        bus.AddConsumer<OrderStateChangedCommentaryConsumer>();
        bus.AddConsumer<KillSwitchChangedCommentaryConsumer>();
        bus.AddConsumer<OptionMetricsComputedCommentaryConsumer>();
        bus.AddConsumer<RecommendationsGeneratedCommentaryConsumer>();
    }
}
