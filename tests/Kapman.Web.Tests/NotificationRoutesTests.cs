using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// The Ops page's notification routes (issue 20 items 1 and 7) against the stub gateway: the table as notification answers it, with the last
/// message per route and channel, the channel states, and the controls, which reach notification through the gateway only with the right key.
/// </summary>
[TestFixture]
public sealed class NotificationRoutesTests
{
    private const string Key = "ops-key";
    private const string Alert = "0199a1b2-0000-7000-8000-000000000001";

    private StubGateway gateway = null!;

    [SetUp]
    public async Task StartStub() => gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);

    [TearDown]
    public async Task StopStub() => await gateway.DisposeAsync();

    [Test]
    public async Task The_table_shows_each_route_its_channels_and_last_messages()
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/ops");

        const string bc = "//section[@id='routes']//table[@class='routes']//tr[@data-kind='BC_EXIT']";
        const string kill = "//section[@id='routes']//table[@class='routes']//tr[@data-kind='KILL_SWITCH']";
        Assert.Multiple(() =>
        {
            Assert.That(page.Texts("//section[@id='routes']//table[@class='routes']//td[@class='kind']"),
                Is.EqualTo(new[] { "BC_EXIT", "KILL_SWITCH", "RECOMMENDATION" }));
            Assert.That(page.Text(bc + "/td[@class='severity']"), Is.EqualTo("critical"));
            Assert.That(page.Texts(bc + "/td/span[@class='route-mark']"), Is.EqualTo(new[] { "on", "off", "on" }), "email, telegram, discord");
            Assert.That(page.Text(bc + "/td[@data-channel='email']//span[@class='subject']"), Is.EqualTo("EXIT NVDA: Buying Climax score 25/28"));
            Assert.That(page.Text(bc + "/td[@data-channel='email']//span[@class='at']"), Is.EqualTo("2025-08-26 21:00:05 UTC"));
            Assert.That(page.Text(bc + "/td[@data-channel='discord']//span[@class='status']"), Is.EqualTo("PENDING"));
            Assert.That(page.Texts(bc + "/td[@data-channel='email']//button"), Is.EqualTo(new[] { "Acknowledge", "Resend" }));
            Assert.That(page.Texts(bc + "/td[@data-channel='discord']//button"), Is.Empty, "a Discord post has no message id to act on");
            Assert.That(page.Text(kill + "/td[@data-channel='email']//span[@class='acknowledged']"), Is.EqualTo("acknowledged"));
            Assert.That(page.Texts(kill + "/td[@data-channel='email']//button"), Is.EqualTo(new[] { "Resend" }), "already acknowledged");
            Assert.That(page.Text("//section[@id='routes']//tr[@data-kind='RECOMMENDATION']/td[@data-channel='telegram']//span[@class='status']"), Is.EqualTo("HELD"));
            Assert.That(page.Text("//section[@id='routes']//table[@class='channels']//tr[@data-channel='telegram']/td[@class='state']"),
                Is.EqualTo("paused (bot maintenance)"));
            Assert.That(page.Text("//section[@id='routes']//table[@class='channels']//tr[@data-channel='telegram']/td[@class='held num']"), Is.EqualTo("1"));
            Assert.That(page.Texts("//section[@id='routes']//table[@class='channels']//button"), Is.EqualTo(new[] { "Pause", "Resume", "Pause" }));
        });
        page.AssertEveryFieldLabelled();
    }

    [TestCase("pause", "channel", "email", "/api/notification/channels/email/pause", "Paused email: its messages are held until it is resumed.")]
    [TestCase("resume", "channel", "telegram", "/api/notification/channels/telegram/resume", "Resumed telegram: held messages are going out.")]
    [TestCase("resend", "id", Alert, "/api/notification/messages/" + Alert + "/resend", "Resent message " + Alert + ".")]
    public async Task A_control_with_the_right_key_calls_notification_through_the_gateway(string action, string field, string target, string path, string shown)
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);

        var location = await PostAsync(factory, action, field, target, Key);

        Assert.That(gateway.Requested.Count(r => r == path), Is.EqualTo(1));
        using var client = factory.CreateClient();
        var page = await TodayPage.LoadAsync(client, location);
        Assert.That(page.Text("//p[@id='notification-result']"), Is.EqualTo(shown));
    }

    [Test]
    public async Task A_failure_is_shown_and_a_wrong_key_or_target_calls_nothing()
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);

        var failed = await PostAsync(factory, "acknowledge", "id", Alert, Key);
        var wrongKey = await PostAsync(factory, "pause", "channel", "email", "not-the-key");
        var badChannel = await PostAsync(factory, "pause", "channel", "sms", Key);
        var badId = await PostAsync(factory, "resend", "id", "42", Key);

        Assert.Multiple(() =>
        {
            Assert.That(failed, Does.StartWith("/ops?notify=failed&action=acknowledge"));
            Assert.That(wrongKey, Does.StartWith("/ops?notify=unauthorized"));
            Assert.That(badChannel, Does.StartWith("/ops?notify=invalid"));
            Assert.That(badId, Does.StartWith("/ops?notify=invalid"));
            Assert.That(gateway.Requested.Where(r => r.StartsWith("/api/notification/", StringComparison.Ordinal) && !r.EndsWith("/health", StringComparison.Ordinal)),
                Is.EqualTo(new[] { $"/api/notification/messages/{Alert}/acknowledge" }));
        });
    }

    private static async Task<string> PostAsync(KapmanWebFactory factory, string action, string field, string target, string apiKey)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent([new("action", action), new(field, target), new("apiKey", apiKey)]);
        using var response = await client.PostAsync(new Uri("/ops/notification", UriKind.Relative), form);
        Assert.That((int)response.StatusCode, Is.EqualTo(302));
        return response.Headers.Location!.OriginalString;
    }
}
