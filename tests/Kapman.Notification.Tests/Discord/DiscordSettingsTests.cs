using Kapman.Notification.Discord;
using Kapman.Notification.Discord.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Tests.Discord;

/// <summary>
/// Settings: <c>Kapman:Discord</c> is validated at startup, the webhooks come only from the three environment variables and are
/// required when enabled, and neither a webhook's text nor a span's URL shows the token.
/// </summary>
[TestFixture]
public sealed class DiscordSettingsTests
{
    [Test]
    public void The_defaults_are_off_discord_com_and_the_seed_cadence()
    {
        var options = new DiscordOptions();
        Assert.Multiple(() =>
        {
            Assert.That(options.Enabled, Is.False);
            Assert.That(options.ApiBaseUrl, Is.EqualTo(new Uri("https://discord.com/")));
            Assert.That(options.DelayOf("premium"), Is.EqualTo(TimeSpan.Zero));
            Assert.That(options.DelayOf("basic"), Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(options.DelayOf("free"), Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(options.Validate(), Is.Null);
        });
    }

    [TestCase("Kapman:Discord:BasicDelaySeconds", "-1", TestName = "A negative delay")]
    [TestCase("Kapman:Discord:MaxFailures", "0", TestName = "No failure allowed")]
    [TestCase("Kapman:Discord:ApiBaseUrl", "discord.com", TestName = "A relative API URL")]
    [TestCase("Kapman:Discord:ClaimLeaseSeconds", "15", TestName = "A lease shorter than two timeouts")]
    public void An_invalid_value_stops_the_start(string key, string value) =>
        Assert.That(() => Start(new() { [key] = value }, Full()), Throws.InstanceOf<Exception>().With.Message.Contains("Kapman:Discord"));

    [Test]
    public void Enabled_without_the_three_webhook_variables_stops_the_start_naming_them_not_their_values()
    {
        var hooks = Full();
        hooks.Remove("DISCORD_WEBHOOK_FREE");
        Assert.That(() => Start(new() { ["Kapman:Discord:Enabled"] = "true" }, hooks),
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("DISCORD_WEBHOOK_FREE").And.Message.Not.Contains("secret"));
    }

    [Test]
    public void Enabled_with_the_three_webhooks_starts_and_disabled_needs_none()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Start(new() { ["Kapman:Discord:Enabled"] = "true" }, Full()), Throws.Nothing);
            Assert.That(() => Start(new() { ["Kapman:Discord:Enabled"] = "false" }, []), Throws.Nothing);
        });
    }

    [TestCase("https://discord.com/api/webhooks/1234567890/s3cr3t-T0ken", "1234567890", "s3cr3t-T0ken")]
    [TestCase("https://discord.com/api/v10/webhooks/42/abc", "42", "abc")]
    [TestCase("https://discordapp.com/api/webhooks/42/abc/", "42", "abc")]
    public void A_webhook_url_gives_its_id_and_token(string url, string id, string token) =>
        Assert.That(DiscordWebhook.Parse(url), Is.EqualTo(new DiscordWebhook(id, token)));

    [TestCase("https://discord.com/api/webhooks/42")]
    [TestCase("https://discord.com/api/channels/42/messages")]
    [TestCase("https://discord.com/api/webhooks/notanid/abc")]
    [TestCase("not a url")]
    public void Anything_else_is_not_a_webhook(string url) => Assert.That(DiscordWebhook.Parse(url), Is.Null);

    [Test]
    public void Neither_a_webhook_nor_a_span_url_shows_the_token()
    {
        var hook = new DiscordWebhook("42", "s3cr3t");
        Assert.Multiple(() =>
        {
            Assert.That(hook.ToString(), Is.EqualTo("api/webhooks/42/***"));
            Assert.That(DiscordSpanRedactor.Redact("https://discord.com/api/webhooks/42/s3cr3t?wait=true"), Is.EqualTo("https://discord.com/api/webhooks/42/***?wait=true"));
            Assert.That(DiscordSpanRedactor.Redact("http://127.0.0.1:5000/api/v10/webhooks/42/s3cr3t"), Is.EqualTo("http://127.0.0.1:5000/api/v10/webhooks/42/***"));
            Assert.That(DiscordSpanRedactor.Redact("https://example.com/a/b"), Is.EqualTo("https://example.com/a/b"));
        });
    }

    [Test]
    public void The_span_redactor_rewrites_url_full_when_a_span_ends()
    {
        using var activity = new System.Diagnostics.Activity("POST");
        activity.SetTag("url.full", "https://discord.com/api/webhooks/42/s3cr3t?wait=true");
        new DiscordSpanRedactor().OnEnd(activity);
        Assert.That(activity.GetTagItem("url.full"), Is.EqualTo("https://discord.com/api/webhooks/42/***?wait=true"));
    }

    private static Dictionary<string, string> Full() => new()
    {
        ["DISCORD_WEBHOOK_PREMIUM"] = "https://discord.com/api/webhooks/1/secret-a",
        ["DISCORD_WEBHOOK_BASIC"] = "https://discord.com/api/webhooks/2/secret-b",
        ["DISCORD_WEBHOOK_FREE"] = "https://discord.com/api/webhooks/3/secret-c",
    };

    /// <summary>Resolves the validated options as <c>ValidateOnStart</c> does when the host starts.</summary>
    private static void Start(Dictionary<string, string?> settings, Dictionary<string, string> environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddDiscord(name => environment.GetValueOrDefault(name));
        using var provider = builder.Services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }
}
