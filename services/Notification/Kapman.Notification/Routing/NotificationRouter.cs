using Kapman.Notification.Core.Routing;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Routing;

/// <summary>
/// The one place every sender asks where a message goes (issue 20 item 1): the email dispatcher, the Discord scheduler and the Telegram
/// approval consumer each ask <see cref="Sends"/> for their channel before doing anything.
/// </summary>
public sealed class NotificationRouter(IOptions<RoutingOptions> options)
{
    /// <summary>The validated table.</summary>
    /// <exception cref="OptionsValidationException">The configured table is invalid (normally caught at start).</exception>
    public RouteTable Table => options.Value.Table ?? throw new OptionsValidationException(RoutingOptions.Section, typeof(RoutingOptions), options.Value.Errors);

    /// <summary>True when messages of <paramref name="kind"/> (<see cref="RouteKinds"/>) go out on <paramref name="channel"/> (<see cref="Channels"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a route kind.</exception>
    public bool Sends(string kind, string channel) => Table.Sends(kind, channel);

    /// <summary>True when <paramref name="kind"/> is a row of the table.</summary>
    public static bool IsKnown(string kind) => RouteKinds.Carriers.ContainsKey(kind);
}
