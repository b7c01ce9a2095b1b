extern alias telegram;
using System.Collections.Concurrent;
using System.Text;
using Kapman.Notification.Application;
using Kapman.Notification.IntegrationEvents.EventHandling;
using Kapman.Notification.Telegram;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using telegram::Kapman.TelegramStandIn;

namespace Kapman.Notification.Tests.Telegram;

/// <summary>
/// What the Telegram tests run on: a notification database on the local PostgreSQL, the Bot API stand-in, and a recording stand-in of
/// the gateway's execution approval endpoint that answers 202 <c>{"orderId":...}</c> (the lead wires the real execution service in the
/// end-to-end test).
/// </summary>
internal sealed class TelegramTestBed : IAsyncDisposable
{
    /// <summary>The bot token the stand-in accepts (Bot API tokens look like <c>123456:ABC-DEF...</c>).</summary>
    public const string Token = "123456:AAHfake-token-for-tests_0123456789";

    /// <summary>The operator's gateway key.</summary>
    public const string ApiKey = "operator-key-telegram-tests";

    /// <summary>The allow-listed chats.</summary>
    public static readonly long[] AllowedChats = [1001, 1002];

    /// <summary>The order id the execution stand-in answers.</summary>
    public static readonly Guid OrderId = Guid.Parse("7d7d2d0e-5b0c-4e55-9a4b-3c7a6f1e2d11");

    private TelegramTestBed(ServiceTestDatabase database, TelegramStandInHost bot, LoopbackHttpServer execution, ConcurrentQueue<RecordedApproval> approvals)
    {
        Database = database;
        Bot = bot;
        Execution = execution;
        this.approvals = approvals;
    }

    private readonly ConcurrentQueue<RecordedApproval> approvals;

    /// <summary>The notification database.</summary>
    public ServiceTestDatabase Database { get; }

    /// <summary>The Bot API stand-in.</summary>
    public TelegramStandInHost Bot { get; }

    /// <summary>The execution endpoint stand-in.</summary>
    public LoopbackHttpServer Execution { get; }

    /// <summary>Every request the execution stand-in received.</summary>
    public IReadOnlyList<RecordedApproval> Approvals => approvals.ToArray();

    /// <summary>Starts the database, the Bot API stand-in and the execution stand-in.</summary>
    public static async Task<TelegramTestBed> StartAsync()
    {
        var database = await ServiceTestDatabase.CreateAsync("notification", typeof(EmailDispatcher).Assembly);
        var bot = await TelegramStandInHost.StartAsync(Token, FreePort.Next());
        var approvals = new ConcurrentQueue<RecordedApproval>();
        var execution = new LoopbackHttpServer(async context =>
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            approvals.Enqueue(new RecordedApproval(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["X-Api-Key"], body));
            context.Response.StatusCode = 202;
            context.Response.ContentType = "application/json";
            var answer = Encoding.UTF8.GetBytes($$"""{"orderId":"{{OrderId}}"}""");
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        });
        return new TelegramTestBed(database, bot, execution, approvals);
    }

    /// <summary>The settings the tests run with; <paramref name="overrides"/> replace or add keys, a null value removes one.</summary>
    public IConfiguration Configuration(IDictionary<string, string?>? overrides = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Kapman:Telegram:Enabled"] = "true",
            ["Kapman:Telegram:ApiBaseUrl"] = Bot.BaseUrl.ToString(),
            ["Kapman:Telegram:AllowedChatIds:0"] = "1001",
            ["Kapman:Telegram:AllowedChatIds:1"] = "1002",
            ["Kapman:Telegram:GatewayUrl"] = Execution.BaseUrl.ToString(),
            ["Kapman:Telegram:PollTimeoutSeconds"] = "1",
            ["Kapman:Telegram:PollErrorDelaySeconds"] = "1",
            ["TELEGRAM_BOT_TOKEN"] = Token,
            ["KAPMAN_API_KEY"] = ApiKey,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    /// <summary>
    /// The notification service's Telegram part on the test harness bus (MassTransit in memory), as Extensions.cs wires it, except that
    /// the poller is not a hosted service here: a test starts it (or calls <see cref="TelegramPoller.PollOnceAsync"/>) itself.
    /// </summary>
    /// <param name="configuration">The settings; <see cref="Configuration"/> when null.</param>
    /// <param name="more">Further registrations, made after the Telegram ones.</param>
    /// <param name="consumers">The consumers on the harness bus; the approval queue's (<see cref="RecommendationIssuedConsumer"/>) when null.</param>
    public ServiceProvider Services(IConfiguration? configuration = null, Action<IServiceCollection>? more = null, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration ?? Configuration());
        services.AddSingleton(Database.DataSource);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ServiceDatabase>();
        services.AddSingleton(TimeProvider.System);
        var before = services.Count;
        services.AddTelegram();
        // The harness starts every hosted service; the tests start (and restart) the poller themselves.
        var pollers = services.Skip(before).Where(d => d.ServiceType == typeof(IHostedService)).ToArray();
        if (pollers.Length != 1)
        {
            throw new InvalidOperationException($"AddTelegram registered {pollers.Length} hosted services, expected the poller only.");
        }

        services.Remove(pollers[0]);
        services.AddTestRouting();
        services.AddSingleton<Kapman.Notification.Application.TelegramApprovalRoute>();
        more?.Invoke(services);
        services.AddMassTransitTestHarness(consumers ?? (bus => bus.AddConsumer<RecommendationIssuedConsumer>()));
        return services.BuildServiceProvider(true);
    }

    /// <summary>Polls <paramref name="read"/> every 100 ms until <paramref name="done"/> or 20 s, then once more after 300 ms (to see extras).</summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        await Task.Delay(300);
        return await read();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Execution.DisposeAsync();
        await Bot.DisposeAsync();
        await Database.DisposeAsync();
    }
}
