using Aspire.Hosting.ApplicationModel;

namespace Kapman.AppHost.Tests;

/// <summary>The operator's Telegram and Discord settings and secrets reach the notification service, and no other.</summary>
public class NotificationChannelsModelTests
{
    [Test]
    public async Task Channel_settings_and_secrets_go_to_notification_only_and_the_secrets_as_secret_parameters()
    {
        await using var builder = await SuiteModel.BuildAsync(
            "--Kapman:Telegram:Enabled=true", "--Kapman:Telegram:AllowedChatIds:0=4242", "--Kapman:Discord:Enabled=true",
            "--Kapman:Notification:Routes:FILL:Channels=email", "--TELEGRAM_BOT_TOKEN=123:bot-secret", "--DISCORD_WEBHOOK_PREMIUM=https://discord.test/api/webhooks/1/premium-secret");

        var notification = await SuiteModel.EnvironmentOfAsync(builder, "notification");
        var execution = await SuiteModel.EnvironmentOfAsync(builder, "execution");
        var secrets = builder.Resources.OfType<ParameterResource>().Where(p => p.Secret).Select(p => p.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(notification["Kapman__Telegram__Enabled"], Is.EqualTo("true"));
            Assert.That(notification["Kapman__Telegram__AllowedChatIds__0"], Is.EqualTo("4242"));
            Assert.That(notification["Kapman__Discord__Enabled"], Is.EqualTo("true"));
            Assert.That(notification["Kapman__Notification__Routes__FILL__Channels"], Is.EqualTo("email"), "a routing-table override");
            Assert.That(execution.ContainsKey("Kapman__Notification__Routes__FILL__Channels"), Is.False);
            Assert.That(notification["TELEGRAM_BOT_TOKEN"], Is.EqualTo("123:bot-secret"));
            Assert.That(notification["DISCORD_WEBHOOK_PREMIUM"], Is.EqualTo("https://discord.test/api/webhooks/1/premium-secret"));
            Assert.That(notification.ContainsKey("DISCORD_WEBHOOK_BASIC"), Is.False, "an unset secret is not passed");
            Assert.That(execution.Keys.Where(k => k.StartsWith("Kapman__Telegram", StringComparison.Ordinal) || k.StartsWith("TELEGRAM", StringComparison.Ordinal)), Is.Empty);
            Assert.That(secrets, Does.Contain("telegram-bot-token").And.Contain("discord-webhook-premium"));
        });
    }

    [Test]
    public async Task The_telegram_webhook_secret_goes_to_notification_and_the_gateway_as_one_secret_parameter_and_to_no_other_service()
    {
        await using var builder = await SuiteModel.BuildAsync(
            "--Kapman:Telegram:Enabled=true", "--Kapman:Telegram:Mode=webhook", "--TELEGRAM_WEBHOOK_SECRET=hook-secret_1");

        var notification = await SuiteModel.EnvironmentOfAsync(builder, "notification");
        var gateway = await SuiteModel.EnvironmentOfAsync(builder, "gateway");
        var execution = await SuiteModel.EnvironmentOfAsync(builder, "execution");
        var secrets = builder.Resources.OfType<ParameterResource>().Where(p => p.Secret).Select(p => p.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(notification["Kapman__Telegram__Mode"], Is.EqualTo("webhook"));
            Assert.That(notification["TELEGRAM_WEBHOOK_SECRET"], Is.EqualTo("hook-secret_1"));
            Assert.That(gateway["TELEGRAM_WEBHOOK_SECRET"], Is.EqualTo("hook-secret_1"));
            Assert.That(gateway.Keys.Where(k => k.StartsWith("Kapman__Telegram", StringComparison.Ordinal)), Is.Empty);
            Assert.That(execution.ContainsKey("TELEGRAM_WEBHOOK_SECRET"), Is.False);
            Assert.That(secrets.Count(s => s == "telegram-webhook-secret"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Without_channel_settings_notification_gets_none()
    {
        await using var builder = await SuiteModel.BuildAsync();

        var notification = await SuiteModel.EnvironmentOfAsync(builder, "notification");

        Assert.That(notification.Keys.Where(k => k.StartsWith("Kapman__Discord", StringComparison.Ordinal) || k.StartsWith("TELEGRAM", StringComparison.Ordinal) || k.StartsWith("DISCORD", StringComparison.Ordinal)), Is.Empty);
    }
}
