using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// <c>POST /ops/redrive</c>: moves an error queue's messages back to their source queue only with the right API key,
/// and reports the outcome on the Ops page. Each test gets a fresh stub broker.
/// </summary>
[TestFixture]
public sealed class RedriveTests
{
    private const string Key = "redrive-key";
    private const string Source = "recommendation-wyckoff-scored";
    private const string ErrorQueue = Source + "_error";

    private StubGateway gateway = null!;
    private StubRabbitManagement rabbit = null!;

    [SetUp]
    public async Task StartStubs()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        rabbit = await StubRabbitManagement.StartAsync();
        rabbit.Enqueue(ErrorQueue, "a", "{}", "boom");
        rabbit.Enqueue(ErrorQueue, "b", "{}", "boom");
        rabbit.Enqueue(ErrorQueue, "c", "{}", "boom");
    }

    [TearDown]
    public async Task StopStubs()
    {
        await rabbit.DisposeAsync();
        await gateway.DisposeAsync();
    }

    [Test]
    public async Task RightKey_MovesEveryMessageInOrderAndReportsSuccess()
    {
        rabbit.Declare(Source);
        await using var factory = new KapmanWebFactory(gateway.Url, rabbit.Url, Key);

        var location = await PostAsync(factory, ErrorQueue, Key);

        Assert.Multiple(() =>
        {
            Assert.That(location, Is.EqualTo($"/ops?redrive=ok&queue={ErrorQueue}&moved=3&returned=0"));
            Assert.That(rabbit.MessageIds(ErrorQueue), Is.Empty);
            Assert.That(rabbit.MessageIds(Source), Is.EqualTo(new[] { "a", "b", "c" }));
        });
        using var client = factory.CreateClient();
        var page = await TodayPage.LoadAsync(client, location);
        Assert.That(page.Text("//p[@id='redrive-result']"), Is.EqualTo($"Re-drove 3 message(s) from {ErrorQueue} to {Source}."));
    }

    [TestCase("wrong-key")]
    [TestCase("")]
    [TestCase(Key + " ")]
    public async Task WrongKey_MovesNothing(string typed)
    {
        rabbit.Declare(Source);
        await using var factory = new KapmanWebFactory(gateway.Url, rabbit.Url, Key);

        var location = await PostAsync(factory, ErrorQueue, typed);

        Assert.Multiple(() =>
        {
            Assert.That(location, Does.StartWith("/ops?redrive=unauthorized&"));
            Assert.That(rabbit.MessageIds(ErrorQueue), Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(rabbit.MessageIds(Source), Is.Empty);
        });
    }

    [Test]
    public async Task NoKeyInTheWebsEnvironment_RefusesEvenAnEmptyKey()
    {
        await using var factory = new KapmanWebFactory(gateway.Url, rabbit.Url);

        var location = await PostAsync(factory, ErrorQueue, string.Empty);

        Assert.Multiple(() =>
        {
            Assert.That(location, Does.StartWith("/ops?redrive=disabled&"));
            Assert.That(rabbit.MessageIds(ErrorQueue), Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task NonErrorQueue_IsRefused()
    {
        rabbit.Declare(Source);
        rabbit.Enqueue(Source, "x", "{}", string.Empty);
        await using var factory = new KapmanWebFactory(gateway.Url, rabbit.Url, Key);

        var location = await PostAsync(factory, Source, Key);

        Assert.Multiple(() =>
        {
            Assert.That(location, Does.StartWith("/ops?redrive=invalid&"));
            Assert.That(rabbit.MessageIds(Source), Is.EqualTo(new[] { "x" }));
        });
    }

    [Test]
    public async Task SourceQueueGone_PutsTheMessagesBackAndReportsPartial()
    {
        await using var factory = new KapmanWebFactory(gateway.Url, rabbit.Url, Key);

        var location = await PostAsync(factory, ErrorQueue, Key);

        Assert.Multiple(() =>
        {
            Assert.That(location, Is.EqualTo($"/ops?redrive=partial&queue={ErrorQueue}&moved=0&returned=3"));
            Assert.That(rabbit.MessageIds(ErrorQueue), Is.EqualTo(new[] { "a", "b", "c" }));
        });
    }

    [Test]
    public async Task BrokerUnreachable_ReportsFailed()
    {
        await using var factory = new KapmanWebFactory(gateway.Url, new Uri($"http://127.0.0.1:{FreePort.Next()}"), Key);

        var location = await PostAsync(factory, ErrorQueue, Key);

        Assert.That(location, Is.EqualTo($"/ops?redrive=failed&queue={ErrorQueue}&moved=0&returned=0"));
    }

    private static async Task<string> PostAsync(KapmanWebFactory factory, string queue, string apiKey)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent([new("queue", queue), new("apiKey", apiKey)]);
        using var response = await client.PostAsync(new Uri("/ops/redrive", UriKind.Relative), form);
        Assert.That((int)response.StatusCode, Is.EqualTo(302));
        return response.Headers.Location!.OriginalString;
    }
}
