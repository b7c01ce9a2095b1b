using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// <c>POST /ops/replay</c>: the Ops page's replay form calls the Wyckoff replay API through the (stub) gateway only
/// with the right API key and a valid range, and reports what the API answered (stub: 3 events sent).
/// </summary>
[TestFixture]
public sealed class ReplayFormTests
{
    private const string Key = "replay-key";
    private const string ReplayPath = "/api/wyckoff/replay";

    private StubGateway gateway = null!;

    [SetUp]
    public async Task StartStub() => gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);

    [TearDown]
    public async Task StopStub() => await gateway.DisposeAsync();

    [Test]
    public async Task RightKey_CallsTheApiOnceAndShowsWhatItSent()
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);

        var location = await PostAsync(factory, Key, "2025-08-01", "2025-08-26");

        Assert.Multiple(() =>
        {
            Assert.That(location, Is.EqualTo("/ops?replay=ok&event=IndicatorsComputed&sent=3&target=wyckoff-indicators-computed#replay"));
            Assert.That(gateway.Requested.Count(r => r == ReplayPath), Is.EqualTo(1));
        });
        using var client = factory.CreateClient();
        var page = await TodayPage.LoadAsync(client, location);
        Assert.That(page.Text("//p[@id='replay-result']"), Is.EqualTo("Replayed 3 IndicatorsComputed event(s) to wyckoff-indicators-computed."));
    }

    [TestCase("wrong-key", "2025-08-26", "2025-08-26", "wyckoff", "unauthorized")]
    [TestCase(Key, "2025-08-27", "2025-08-26", "wyckoff", "invalid")]
    [TestCase(Key, "2025-08-26", "26/08/2025", "wyckoff", "invalid")]
    [TestCase(Key, "2024-08-25", "2025-08-26", "wyckoff", "invalid")]
    [TestCase(Key, "2025-08-26", "2025-08-26", "metrics", "invalid")]
    public async Task RefusedPost_CallsNothing(string typedKey, string from, string to, string endpoint, string outcome)
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);

        var location = await PostAsync(factory, typedKey, from, to, endpoint);

        Assert.Multiple(() =>
        {
            Assert.That(location, Does.StartWith($"/ops?replay={outcome}&"));
            Assert.That(gateway.Requested, Has.None.EqualTo(ReplayPath));
        });
    }

    [Test]
    public async Task NoKeyInTheWebsEnvironment_IsDisabled()
    {
        await using var factory = new KapmanWebFactory(gateway.Url);

        var location = await PostAsync(factory, string.Empty, "2025-08-26", "2025-08-26");

        Assert.That(location, Does.StartWith("/ops?replay=disabled&"));
    }

    [Test]
    public async Task OpsPage_OffersTheFormWithLabelledFieldsDefaultingToTheNewestRunsSession()
    {
        await using var factory = new KapmanWebFactory(gateway.Url, apiKey: Key);
        using var client = factory.CreateClient();

        var page = await TodayPage.LoadAsync(client, "/ops");

        Assert.Multiple(() =>
        {
            Assert.That(page.Attribute("//input[@id='replay-from']", "value"), Is.EqualTo("2025-08-26"), "runs.json's newest run");
            Assert.That(page.Attribute("//input[@id='replay-to']", "value"), Is.EqualTo("2025-08-26"));
            foreach (var id in new[] { "replay-event", "replay-endpoint", "replay-from", "replay-to", "replay-key" })
            {
                Assert.That(page.Texts($"//label[@for='{id}']"), Has.Count.EqualTo(1), id);
            }
        });
    }

    private static async Task<string> PostAsync(KapmanWebFactory factory, string apiKey, string from, string to, string endpoint = "wyckoff")
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(
            [new("event", "IndicatorsComputed"), new("endpoint", endpoint), new("from", from), new("to", to), new("apiKey", apiKey)]);
        using var response = await client.PostAsync(new Uri("/ops/replay", UriKind.Relative), form);
        Assert.That((int)response.StatusCode, Is.EqualTo(302));
        return response.Headers.Location!.OriginalString;
    }
}
