using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// <c>POST /ops/redrive</c> on the real local RabbitMQ (AMQP 5672, management 15672, as the suite's user kapman), each test in a virtual
/// host of its own: it moves an error queue's messages back to their source queue only with the right API key, in order,
/// and an aborted request or a missing source queue loses none of them.
/// </summary>
[TestFixture]
public sealed class RedriveTests
{
    private const string Key = "redrive-key";
    private const string Source = "recommendation-wyckoff-scored";
    private const string ErrorQueue = Source + "_error";

    private StubGateway gateway = null!;
    private RabbitVirtualHost vhost = null!;
    private BrokerQueues broker = null!;

    [SetUp]
    public async Task StartServers()
    {
        gateway = await StubGateway.StartAsync(GatewayScenario.FullDay);
        vhost = await RabbitVirtualHost.CreateAsync("kapman_web_redrive");
        broker = await BrokerQueues.ConnectAsync(vhost.AmqpUri);
        await broker.DeclareAsync(ErrorQueue);
    }

    [TearDown]
    public async Task StopServers()
    {
        await broker.DisposeAsync();
        await vhost.DisposeAsync();
        await gateway.DisposeAsync();
    }

    [Test]
    public async Task RightKey_MovesEveryMessageInOrderWithBodyAndHeadersAndReportsSuccess()
    {
        await broker.DeclareAsync(Source);
        await FillAsync(3);
        await using var factory = Factory(Key);

        var location = await PostAsync(factory, ErrorQueue, Key, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(location, Is.EqualTo($"/ops?redrive=ok&queue={ErrorQueue}&moved=3&returned=0"));
            Assert.That(await broker.DrainAsync(ErrorQueue), Is.Empty);
            Assert.That(await broker.DrainAsync(Source), Is.EqualTo(new[]
            {
                ("m-000", """{"n":0}""", "boom m-000"), ("m-001", """{"n":1}""", "boom m-001"), ("m-002", """{"n":2}""", "boom m-002"),
            }));
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
        await broker.DeclareAsync(Source);
        await FillAsync(3);
        await using var factory = Factory(Key);

        var location = await PostAsync(factory, ErrorQueue, typed, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(location, Does.StartWith("/ops?redrive=unauthorized&"));
            Assert.That(await broker.CountAsync(ErrorQueue), Is.EqualTo(3));
            Assert.That(await broker.CountAsync(Source), Is.Zero);
        });
    }

    [Test]
    public async Task NoKeyInTheWebsEnvironment_RefusesEvenAnEmptyKey()
    {
        await FillAsync(3);
        await using var factory = Factory(null);

        var location = await PostAsync(factory, ErrorQueue, string.Empty, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(location, Does.StartWith("/ops?redrive=disabled&"));
            Assert.That(await broker.CountAsync(ErrorQueue), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task NonErrorQueue_IsRefused()
    {
        await broker.DeclareAsync(Source);
        await broker.PublishAsync(Source, "x", "{}", string.Empty);
        await using var factory = Factory(Key);

        var location = await PostAsync(factory, Source, Key, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(location, Does.StartWith("/ops?redrive=invalid&"));
            Assert.That((await broker.DrainAsync(Source)).Select(m => m.MessageId), Is.EqualTo(new[] { "x" }));
        });
    }

    [Test]
    public async Task SourceQueueGone_StopsAndLeavesEveryMessageInTheErrorQueueInOrder()
    {
        await FillAsync(3);
        await using var factory = Factory(Key);

        var location = await PostAsync(factory, ErrorQueue, Key, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(location, Is.EqualTo($"/ops?redrive=failed&queue={ErrorQueue}&moved=0&returned=1"));
            Assert.That((await broker.DrainAsync(ErrorQueue)).Select(m => m.MessageId), Is.EqualTo(new[] { "m-000", "m-001", "m-002" }));
        });
    }

    [Test]
    public async Task BrokerUnreachable_ReportsFailed()
    {
        await using var factory = new KapmanWebFactory(gateway.Url, null, Key);

        var location = await PostAsync(factory, ErrorQueue, Key, CancellationToken.None);

        Assert.That(location, Is.EqualTo($"/ops?redrive=failed&queue={ErrorQueue}&moved=0&returned=0"));
    }

    /// <summary>
    /// 300 messages, the browser gives up once some have moved: every message is then either in the source queue or still
    /// in the error queue, exactly once, in order. (The old re-drive took all 300 off the error queue first, then lost
    /// whatever it had not re-published when the request was aborted.)
    /// </summary>
    [Test]
    public async Task AbortedRequest_LosesNoMessage()
    {
        const int total = 300;
        await broker.DeclareAsync(Source);
        await FillAsync(total, padding: 32 * 1024);
        await using var factory = Factory(Key);
        using var abort = new CancellationTokenSource();

        var post = PostAsync(factory, ErrorQueue, Key, abort.Token);
        while (await broker.CountAsync(Source) < 10 && !post.IsCompleted)
        {
            await Task.Delay(2);
        }

        await abort.CancelAsync();
        Assert.That(async () => await post, Throws.InstanceOf<OperationCanceledException>(), "the request was aborted before the re-drive finished");
        var (moved, left) = await SettledCountsAsync();
        var inSource = await broker.DrainAsync(Source);
        var inError = await broker.DrainAsync(ErrorQueue);

        await TestContext.Out.WriteLineAsync($"after the abort: {moved} in {Source}, {left} in {ErrorQueue}");
        var expected = Enumerable.Range(0, total).Select(Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(moved + left, Is.EqualTo(total));
            Assert.That(moved, Is.InRange(1, total - 1), "aborted mid-way");
            Assert.That(inSource.Select(m => m.MessageId).Concat(inError.Select(m => m.MessageId)), Is.EqualTo(expected), "each once, in order");
        });
    }

    private static string Id(int n) => $"m-{n:000}";

    private KapmanWebFactory Factory(string? apiKey) =>
        new(gateway.Url, null, apiKey, new Dictionary<string, string>
        {
            ["Kapman:RabbitMq:ManagementUrl"] = "http://127.0.0.1:15672",
            ["Kapman:RabbitMq:AmqpUrl"] = LocalServers.RabbitMq("/"),
            ["Kapman:RabbitMq:VirtualHost"] = vhost.Name,
        });

    private async Task FillAsync(int count, int padding = 0)
    {
        for (var n = 0; n < count; n++)
        {
            var body = padding == 0 ? $$"""{"n":{{n}}}""" : $$"""{"n":{{n}},"pad":"{{new string('x', padding)}}"}""";
            await broker.PublishAsync(ErrorQueue, Id(n), body, "boom " + Id(n));
        }
    }

    /// <summary>The ready counts of the source and error queues once they have not changed for a second (the server side may still finish its message).</summary>
    private async Task<(int Source, int Error)> SettledCountsAsync()
    {
        var last = (-1, -1);
        var stableSince = DateTime.UtcNow;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var now = (await broker.CountAsync(Source), await broker.CountAsync(ErrorQueue));
            if (now != last)
            {
                (last, stableSince) = (now, DateTime.UtcNow);
            }
            else if (DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(1))
            {
                break;
            }

            await Task.Delay(100);
        }

        return last;
    }

    private static async Task<string> PostAsync(KapmanWebFactory factory, string queue, string apiKey, CancellationToken ct)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent([new("queue", queue), new("apiKey", apiKey)]);
        using var response = await client.PostAsync(new Uri("/ops/redrive", UriKind.Relative), form, ct);
        Assert.That((int)response.StatusCode, Is.EqualTo(302));
        return response.Headers.Location!.OriginalString;
    }
}
