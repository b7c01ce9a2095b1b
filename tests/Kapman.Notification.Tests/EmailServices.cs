using Kapman.Notification.Application;
using Kapman.Notification.Data;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kapman.Notification.Tests;

/// <summary>
/// The email path as the service wires it, over a test database: the message log, the routing table and channel controls, the
/// dispatcher sending to SMTP at 127.0.0.1:<c>smtpPort</c>, and a MassTransit test harness with the consumers a test names.
/// </summary>
internal static class EmailServices
{
    public static ServiceProvider Build(NpgsqlDataSource dataSource, int smtpPort, int timeoutSeconds, Action<IBusRegistrationConfigurator> consumers)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kapman:Smtp:Host"] = "127.0.0.1",
            ["Kapman:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Kapman:Smtp:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(dataSource);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ServiceDatabase>();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<MessageStore>();
        services.AddSingleton<EmailDispatcher>();
        services.AddSingleton<MessageDistributor>();
        services.AddTestRouting();
        services.AddMassTransitTestHarness(consumers);
        return services.BuildServiceProvider(true);
    }
}
