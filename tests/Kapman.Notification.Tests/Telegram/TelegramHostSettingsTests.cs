using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Notification.Tests.Telegram;

/// <summary>The Notification host refuses to start with Telegram enabled but not configured, and says what is missing.</summary>
public sealed class TelegramHostSettingsTests
{
    [Test]
    public void Enabled_without_a_token_stops_the_host_at_start_naming_the_variable()
    {
        using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Never reached: validation runs before any hosted service connects.
            builder.UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Database=unused");
            builder.UseSetting("ConnectionStrings:RabbitMQ", "amqp://unused:unused@127.0.0.1:1/");
            builder.UseSetting("Kapman:Telegram:Enabled", "true");
            builder.UseSetting("Kapman:Telegram:AllowedChatIds:0", "1001");
            builder.UseSetting("Kapman:Telegram:GatewayUrl", "http://127.0.0.1:1/");
            builder.UseSetting("KAPMAN_API_KEY", "key");
            builder.UseSetting("TELEGRAM_BOT_TOKEN", "");
        });

        var failure = Assert.Catch(() => host.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("TELEGRAM_BOT_TOKEN must hold the bot token"));
    }
}
