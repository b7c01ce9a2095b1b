extern alias telegram;
using telegram::Kapman.TelegramStandIn;

namespace Kapman.IntegrationTests;

/// <summary>
/// The Bot API stand-in (tests/Kapman.TelegramStandIn) the suite's notification service talks to, started in this process before the
/// suite on a free port. Notification runs in webhook mode: at start it registers the gateway's <c>/api/notification/telegram/webhook</c>
/// with <see cref="WebhookSecret"/>, so every press the stand-in delivers goes through the gateway's secret-token check and the service's.
/// One allow-listed chat, <see cref="ChatId"/>.
/// </summary>
internal static class SuiteTelegram
{
    /// <summary>The bot token the stand-in accepts.</summary>
    public const string Token = "424242:AAsuite-stand-in-token";

    /// <summary>The allow-listed chat.</summary>
    public const long ChatId = 4242;

    /// <summary>The webhook secret (Bot API: 1-256 of A-Z a-z 0-9 _ -), new for each run.</summary>
    public static string WebhookSecret { get; } = "it-" + Guid.NewGuid().ToString("N");

    /// <summary>The running stand-in; null before <see cref="StartAsync"/>.</summary>
    public static TelegramStandInHost? StandIn { get; private set; }

    /// <summary>The stand-in's memory (messages, calls, webhook deliveries).</summary>
    public static BotState State => (StandIn ?? throw new InvalidOperationException("the Telegram stand-in is not started")).State;

    /// <summary>Starts the stand-in; returns the AppHost settings (<c>--key=value</c>) that point notification at it.</summary>
    public static async Task<string[]> StartAsync()
    {
        StandIn = await TelegramStandInHost.StartAsync(Token, FreePort.Next());
        return
        [
            "--Kapman:Telegram:Enabled=true",
            $"--Kapman:Telegram:ApiBaseUrl={StandIn.BaseUrl}",
            $"--Kapman:Telegram:AllowedChatIds:0={ChatId}",
            "--Kapman:Telegram:Mode=webhook",
            $"--Kapman:Telegram:WebhookUrl={new Uri(SuiteApp.GatewayUrl, "api/notification/telegram/webhook")}",
            $"--TELEGRAM_BOT_TOKEN={Token}",
            $"--TELEGRAM_WEBHOOK_SECRET={WebhookSecret}",
        ];
    }

    /// <summary>Stops the stand-in.</summary>
    public static async Task StopAsync()
    {
        if (StandIn is not null)
        {
            await StandIn.DisposeAsync();
            StandIn = null;
        }
    }
}
