using Kapman.Notification.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kapman.Notification.Tests;

/// <summary>The routing table the service ships (its appsettings.json), with a test's changes, for tests that wire the service by hand.</summary>
internal static class TestRouting
{
    /// <summary>The service's appsettings.json, found from the test's output directory up to the repository root.</summary>
    public static string AppSettingsPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "services", "Notification", "Kapman.Notification", "appsettings.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("services/Notification/Kapman.Notification/appsettings.json not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The shipped configuration with <paramref name="changes"/> (key → value; e.g. <c>Kapman:Notification:Routes:FILL:Channels</c>).</summary>
    public static IConfiguration Configuration(IReadOnlyDictionary<string, string?>? changes = null) =>
        new ConfigurationBuilder().AddJsonFile(AppSettingsPath).AddInMemoryCollection(changes ?? new Dictionary<string, string?>()).Build();

    /// <summary>Registers the routing table (<see cref="RoutingExtensions.AddNotificationRouting"/>) as shipped, with <paramref name="changes"/>.</summary>
    public static IServiceCollection AddTestRouting(this IServiceCollection services, IReadOnlyDictionary<string, string?>? changes = null) =>
        services.AddNotificationRouting(Configuration(changes));
}
