using Kapman.Notification.Discord;
using Kapman.Notification.Discord.IntegrationEvents;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kapman.Notification.Tests.Discord;

/// <summary>
/// The notification service's Discord part as the host wires it (<see cref="DiscordExtensions.AddDiscord"/>, its hosted delivery worker)
/// on a test database, the in-memory MassTransit harness with the three Discord consumers, and a settable clock. Disposing it is a
/// stop of the service; a new one on the same database is its restart.
/// </summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    /// <summary>Every log line of every host of the test run.</summary>
    public static CollectingLoggerProvider Logs { get; } = new();

    /// <summary>
    /// One logger factory for every host of the test run, never disposed: MassTransit keeps the first bus's logger factory in a static
    /// log context, so a factory disposed with a stopped host would break the next host's bus.
    /// </summary>
    private static readonly ILoggerFactory SharedLoggers = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));

    private readonly IHost host;

    private DiscordTestHost(IHost host) => this.host = host;

    /// <summary>The harness, to publish events.</summary>
    public ITestHarness Harness => host.Services.GetRequiredService<ITestHarness>();

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => host.Services;

    /// <summary>
    /// Starts the service against the stand-in at <paramref name="apiBase"/> with webhook URLs <paramref name="webhooks"/> (variable → URL) and the
    /// shipped routing table with <paramref name="routes"/> changed.
    /// </summary>
    public static async Task<DiscordTestHost> StartAsync(NpgsqlDataSource dataSource, SettableClock clock, Uri apiBase, IReadOnlyDictionary<string, string> webhooks,
        bool enabled = true, int requestTimeoutSeconds = 5, IReadOnlyDictionary<string, string?>? routes = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kapman:Discord:Enabled"] = enabled ? "true" : "false",
            ["Kapman:Discord:ApiBaseUrl"] = apiBase.ToString(),
            ["Kapman:Discord:PollIntervalMilliseconds"] = "50",
            ["Kapman:Discord:RequestTimeoutSeconds"] = requestTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddSingleton(SharedLoggers);
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<ServiceDatabase>();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddDiscord(name => webhooks.GetValueOrDefault(name));
        builder.Services.AddTestRouting(routes);
        builder.Services.AddMassTransitTestHarness(bus =>
        {
            bus.AddConsumer<WyckoffAlertRaisedDiscordConsumer>();
            bus.AddConsumer<RecommendationIssuedDiscordConsumer>();
            bus.AddConsumer<OrderStateChangedDiscordConsumer>();
        });
        var host = builder.Build();
        await host.StartAsync();
        return new DiscordTestHost(host);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
