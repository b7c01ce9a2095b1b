using Kapman.Notification.Data;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Routing;

/// <summary>Wires the routing table and the channel controls' stores (issue 20 items 1 and 7).</summary>
public static class RoutingExtensions
{
    /// <summary>
    /// Registers <see cref="RoutingOptions"/> (validated at start: a wrong table stops the service naming each wrong key),
    /// <see cref="NotificationRouter"/>, <see cref="ChannelControlStore"/>, <see cref="HeldMessageStore"/> and <see cref="RouteStore"/>.
    /// The table is read from <paramref name="configuration"/> when given, else from the container's configuration.
    /// </summary>
    public static IServiceCollection AddNotificationRouting(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<RoutingOptions>();
        if (configuration is null)
        {
            options.Configure<IConfiguration>((o, c) => o.Load(c));
        }
        else
        {
            options.Configure(o => o.Load(configuration));
        }

        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        services.AddSingleton<NotificationRouter>();
        services.AddSingleton<ChannelControlStore>();
        services.AddSingleton<HeldMessageStore>();
        services.AddSingleton<RouteStore>();
        return services;
    }
}
