namespace Kapman.Notification.Core.Routing;

/// <summary>One configured route as written in <c>Kapman:Notification:Routes:&lt;KIND&gt;</c>, before validation.</summary>
/// <param name="Channels">Comma-separated channels, e.g. <c>email,telegram,discord</c> or <c>email,discord:premium</c> (<c>discord</c> = every
/// tier, <c>discord:&lt;tier&gt;</c> = that tier of premium, basic, free); empty mutes the kind. A string, not a list, so an environment
/// variable can replace it whole (configuration merges lists by index).</param>
/// <param name="Severity"><c>info</c>, <c>warning</c> or <c>critical</c>.</param>
public sealed record RouteSetting(string? Channels, string? Severity);
