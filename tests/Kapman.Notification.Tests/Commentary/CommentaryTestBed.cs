extern alias llm;
extern alias telegram;
using System.Globalization;
using Dapper;
using Kapman.Notification.Application;
using Kapman.Notification.Commentary;
using Kapman.Notification.Data;
using Kapman.Notification.Telegram;
using Kapman.Notification.Tests.Telegram;
using Kapman.ServiceDefaults.Messaging;
using llm::Kapman.LlmStandIn;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kapman.Notification.Tests.Commentary;

/// <summary>
/// What the commentary tests run on: the Telegram test bed (notification database on the local PostgreSQL, Bot API stand-in), the
/// OpenAI / Anthropic stand-in over HTTP and the SMTP stand-in; the service's commentary, Telegram and email parts wired as in
/// Extensions.cs on the MassTransit test harness (the Telegram poller is started by the test).
/// </summary>
internal sealed class CommentaryTestBed : IAsyncDisposable
{
    /// <summary>The model key the stand-in is called with.</summary>
    public const string ModelKey = "sk-test-not-real";

    private CommentaryTestBed(TelegramTestBed telegram, LlmStandInHost model, SmtpStandIn smtp)
    {
        Telegram = telegram;
        Model = model;
        Smtp = smtp;
    }

    /// <summary>Database and Bot API stand-in.</summary>
    public TelegramTestBed Telegram { get; }

    /// <summary>The model stand-in.</summary>
    public LlmStandInHost Model { get; }

    /// <summary>The SMTP stand-in.</summary>
    public SmtpStandIn Smtp { get; }

    /// <summary>Starts everything.</summary>
    public static async Task<CommentaryTestBed> StartAsync()
    {
        var telegram = await TelegramTestBed.StartAsync();
        var model = await LlmStandInHost.StartAsync();
        model.State.ExpectedKey = ModelKey;
        return new CommentaryTestBed(telegram, model, new SmtpStandIn(silentAfterData: false));
    }

    /// <summary>The settings: Telegram on (chats 1001, 1002), SMTP to the stand-in, the model openai at the stand-in; <paramref name="overrides"/> win.</summary>
    public IConfiguration Configuration(IDictionary<string, string?>? overrides = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Kapman:Smtp:Host"] = "127.0.0.1",
            ["Kapman:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Kapman:Smtp:TimeoutSeconds"] = "10",
            ["Kapman:Notification:Commentary:Provider"] = "openai",
            ["Kapman:Notification:Commentary:Model"] = "gpt-4o-mini",
            ["Kapman:Notification:Commentary:Endpoint"] = Model.OpenAiEndpoint.ToString(),
            ["Kapman:Notification:Commentary:TimeoutSeconds"] = "20",
            ["Kapman:Notification:Commentary:MaxRetries"] = "2",
            ["OPENAI_API_KEY"] = ModelKey,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return Telegram.Configuration(values);
    }

    /// <summary>The service's parts on the test harness bus with the commentary consumers.</summary>
    public ServiceProvider Services(IConfiguration? configuration = null)
    {
        configuration ??= Configuration();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        Register(services, configuration);
        services.AddMassTransitTestHarness(bus => bus.AddCommentaryConsumers());
        return services.BuildServiceProvider(true);
    }

    /// <summary>Registers the service's commentary, Telegram (poller left out) and email parts on <paramref name="services"/>.</summary>
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Telegram.Database.DataSource);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ServiceDatabase>();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<MessageStore>();
        services.AddSingleton<EmailDispatcher>();
        services.AddTestRouting();
        var before = services.Count;
        services.AddTelegram();
        services.Remove(services.Skip(before).Single(d => d.ServiceType == typeof(IHostedService)));
        services.AddCommentary();
    }

    /// <summary>One value from the notification database.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await Telegram.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException("no value: " + sql);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await Model.DisposeAsync();
        await Telegram.DisposeAsync();
    }
}
