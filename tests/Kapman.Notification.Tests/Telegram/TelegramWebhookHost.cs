using Kapman.Notification.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kapman.Notification.Tests.Telegram;

/// <summary>
/// The notification service's Telegram part in webhook mode on a real Kestrel port, as Extensions.cs wires it (AddTelegram, with the poller
/// as hosted service, which calls setWebhook at start, and MapTelegramWebhook), against the test bed's Bot API stand-in, database and
/// execution stand-in. The stand-in POSTs updates to <see cref="WebhookUrl"/>.
/// </summary>
internal sealed class TelegramWebhookHost : IAsyncDisposable
{
    /// <summary>The webhook secret the tests configure (Bot API: 1-256 of A-Z a-z 0-9 _ -).</summary>
    public const string Secret = "webhook-secret_0123456789-ABCdef";

    private readonly WebApplication app;

    private TelegramWebhookHost(WebApplication app, Uri webhookUrl, CapturedLogs logs)
    {
        this.app = app;
        WebhookUrl = webhookUrl;
        Logs = logs;
    }

    /// <summary>Where the endpoint listens: <c>http://127.0.0.1:{port}/telegram/webhook</c>.</summary>
    public Uri WebhookUrl { get; }

    /// <summary>Every log line of the host, at every level.</summary>
    public CapturedLogs Logs { get; }

    /// <summary>Starts the host in webhook mode on a free port.</summary>
    public static async Task<TelegramWebhookHost> StartAsync(TelegramTestBed bed)
    {
        var port = FreePort.Next();
        var webhookUrl = new Uri($"http://127.0.0.1:{port}{TelegramWebhookEndpoint.Path}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Configuration.AddConfiguration(bed.Configuration(new Dictionary<string, string?>
        {
            ["Kapman:Telegram:Mode"] = "webhook",
            ["Kapman:Telegram:WebhookUrl"] = webhookUrl.ToString(),
            ["TELEGRAM_WEBHOOK_SECRET"] = Secret,
        }));
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton(bed.Database.DataSource);
        builder.Services.AddTelegram();
        var app = builder.Build();
        app.MapTelegramWebhook();
        await app.StartAsync();
        return new TelegramWebhookHost(app, webhookUrl, logs);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
