using Kapman.Notification.Core.Routing;

namespace Kapman.Notification.Routing;

/// <summary>
/// The routing table's configuration, section <see cref="Section"/>: one child per kind of <see cref="RouteKinds"/>, each with
/// <c>Channels</c> (comma-separated: email, telegram, discord; empty = muted) and <c>Severity</c> (info, warning, critical). The
/// defaults are in the service's appsettings.json. Parsed into <see cref="Table"/> when the options are built; <see cref="Errors"/> stop
/// the service at start (<see cref="RoutingOptionsValidator"/>).
/// </summary>
public sealed class RoutingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Notification:Routes";

    /// <summary>The validated table; null when <see cref="Errors"/> is not empty.</summary>
    public RouteTable? Table { get; internal set; }

    /// <summary>What is wrong with the configured table, one line per problem naming its key.</summary>
    public IReadOnlyList<string> Errors { get; internal set; } = [];

    /// <summary>Reads and validates the section's children.</summary>
    internal void Load(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).GetChildren()
            .ToDictionary(c => c.Key, c => new RouteSetting(c["Channels"], c["Severity"]), StringComparer.Ordinal);
        (Table, Errors) = RouteTable.Parse(settings, Section);
    }
}
