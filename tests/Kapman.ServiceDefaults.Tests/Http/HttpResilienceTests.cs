using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Kapman.ServiceDefaults.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polly.Timeout;

namespace Kapman.ServiceDefaults.Tests.Http;

/// <summary>
/// The standard resilience handler every HttpClient gets from ServiceDefaults, against real loopback HTTP servers: a GET
/// answered 503 then 200 is retried and succeeds; a POST and a gateway-made 503 are not retried; a client given
/// <see cref="HttpClientDefaultsExtensions.AddLongCallResilience"/> waits out a 12 s answer that the default 10 s attempt
/// timeout cuts off.
/// </summary>
[TestFixture]
public sealed class HttpResilienceTests
{
    private const string DefaultClient = "default";
    private const string LongClient = "long";
    private ServiceProvider services = null!;

    [OneTimeSetUp]
    public void BuildClients()
    {
        // Service discovery reads its endpoints from configuration (none here: every host passes through).
        var collection = new ServiceCollection().AddLogging().AddMetrics().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        collection.AddKapmanHttpClientDefaults();
        collection.AddHttpClient(DefaultClient);
        collection.AddHttpClient(LongClient).AddLongCallResilience(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));
        services = collection.BuildServiceProvider();
    }

    [OneTimeTearDown]
    public void Dispose() => services?.Dispose();

    [Test]
    public async Task A_GET_answered_503_then_200_is_retried()
    {
        var statuses = new ConcurrentQueue<int>([503, 200]);
        var seen = 0;
        await using var server = new LoopbackHttpServer(context =>
        {
            Interlocked.Increment(ref seen);
            return Answer(context, statuses.TryDequeue(out var status) ? status : 500);
        });

        using var response = await Client(DefaultClient).GetAsync(server.BaseUrl);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(seen, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_POST_answered_503_is_not_retried()
    {
        var seen = 0;
        await using var server = new LoopbackHttpServer(context =>
        {
            Interlocked.Increment(ref seen);
            return Answer(context, 503);
        });

        using var response = await Client(DefaultClient).PostAsync(server.BaseUrl, new StringContent("{}"));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(seen, Is.EqualTo(1), "a POST may have taken effect: it is never sent twice");
        });
    }

    [Test]
    public async Task A_503_made_by_the_gateway_is_not_retried()
    {
        var seen = 0;
        await using var server = new LoopbackHttpServer(context =>
        {
            Interlocked.Increment(ref seen);
            context.Response.Headers[HttpResilience.GatewayErrorHeader] = "unavailable";
            return Answer(context, 503);
        });

        using var response = await Client(DefaultClient).GetAsync(server.BaseUrl);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(seen, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_long_call_is_not_cut_off_on_a_long_call_client_but_is_on_a_default_one()
    {
        // Each server answers its one request after 12 s, beyond the standard handler's 10 s attempt timeout. POSTs, so the
        // default client's timeout is not retried and the test shows the cut-off itself.
        var answerAfter = TimeSpan.FromSeconds(12);
        await using var longServer = new LoopbackHttpServer(async context =>
        {
            await Task.Delay(answerAfter);
            await Answer(context, 200);
        });
        await using var defaultServer = new LoopbackHttpServer(async context =>
        {
            await Task.Delay(answerAfter);
            await Answer(context, 200);
        });

        var clock = Stopwatch.StartNew();
        var longCall = Client(LongClient).PostAsync(longServer.BaseUrl, new StringContent("{}"));
        var defaultCall = Client(DefaultClient).PostAsync(defaultServer.BaseUrl, new StringContent("{}"));
        var cutOff = Assert.ThrowsAsync<TimeoutRejectedException>(async () => await defaultCall);
        var cutOffAt = clock.Elapsed;
        using var response = await longCall;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the long-call client waited for the answer");
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(answerAfter - TimeSpan.FromMilliseconds(100)));
            Assert.That(cutOff!.Timeout, Is.EqualTo(TimeSpan.FromSeconds(10)), "the default client's attempt timeout");
            Assert.That(cutOffAt, Is.LessThan(answerAfter));
        });
    }

    private HttpClient Client(string name) => services.GetRequiredService<IHttpClientFactory>().CreateClient(name);

    private static Task Answer(HttpListenerContext context, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Close();
        return Task.CompletedTask;
    }
}
