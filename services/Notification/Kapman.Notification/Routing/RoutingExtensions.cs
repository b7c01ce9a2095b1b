using Kapman.Notification.Application;
using Kapman.Notification.Data;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Routing;

/// <summary>Wires the routing table, the channel controls and the release of held messages (issue 20 items 1 and 7).</summary>
public static class RoutingExtensions
{
    /// <summary>
    /// Registers <see cref="RoutingOptions"/> (validated at start: a wrong table stops the service naming each wrong key),
    /// <see cref="NotificationRouter"/>, <see cref="ChannelControlStore"/>, <see cref="HeldMessageStore"/>, <see cref="RouteStore"/>,
    /// <see cref="HeldMessageReleaser"/> and the <see cref="HeldReleaseWorker"/>.
    /// </summary>
    public static IServiceCollection AddNotificationRouting(this IServiceCollection services)
    {
        services.AddOptions<RoutingOptions>().Configure<IConfiguration>((o, configuration) => o.Load(configuration)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        services.AddSingleton<NotificationRouter>();
        services.AddSingleton<ChannelControlStore>();
        services.AddSingleton<HeldMessageStore>();
        services.AddSingleton<RouteStore>();
        services.AddSingleton<HeldMessageReleaser>();
        services.AddHostedService<HeldReleaseWorker>();
        return services;
    }
}
