using System.Net;
using System.Net.Sockets;

namespace Kapman.Gateway.Tests;

/// <summary>
/// Gateway instances started per test with a low KAPMAN_RATE_LIMIT or a broken backend: 429 above the limit (not for
/// callers holding the API key), a marked 503 problem when a service cannot be reached and a marked 502 when it hangs up.
/// </summary>
[TestFixture]
public sealed class GatewayDegradedTests
{
    private StubBackends stubs = null!;

    [OneTimeSetUp]
    public async Task StartStubs() => stubs = await StubBackends.StartAsync(GatewayServices.All);

    [OneTimeTearDown]
    public async Task StopStubs()
    {
        if (stubs is not null)
        {
            await stubs.DisposeAsync();
        }
    }

    [Test]
    public async Task AboveTheRateLimit_Is429Problem()
    {
        const int limit = 20;
        var environment = GatewayEnvironment.OnFreePorts("limit-test-key", stubs.Addresses, limit);
        using var gateway = await GatewayProcess.StartAsync(environment);
        using var client = TestHttp.Client(environment.FrontendUrl);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < limit; i++)
        {
            using var allowed = await client.GetAsync(new Uri("/api/wyckoff/alerts", UriKind.Relative));
            statuses.Add(allowed.StatusCode);
        }

        using var rejected = await client.GetAsync(new Uri("/api/wyckoff/alerts", UriKind.Relative));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK), "requests within the limit must pass");
        await TestHttp.AssertProblemAsync(rejected, 429, "Too Many Requests");
        Assert.That(rejected.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public async Task RequestsWithTheApiKey_AreNotRateLimited()
    {
        const int limit = 5;
        var environment = GatewayEnvironment.OnFreePorts("keyed-limit-key", stubs.Addresses, limit);
        using var gateway = await GatewayProcess.StartAsync(environment);
        using var client = TestHttp.Client(environment.FrontendUrl);

        var anonymous = new List<int>();
        for (var i = 0; i <= limit; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/wyckoff/alerts", UriKind.Relative));
            anonymous.Add((int)response.StatusCode);
        }

        var keyed = new List<HttpStatusCode>();
        for (var i = 0; i < 3 * limit; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/wyckoff/alerts", UriKind.Relative));
            request.Headers.Add("X-Api-Key", "keyed-limit-key");
            using var response = await client.SendAsync(request);
            keyed.Add(response.StatusCode);
        }

        using var wrongKey = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/wyckoff/alerts", UriKind.Relative));
        wrongKey.Headers.Add("X-Api-Key", "keyed-limit-keyx");
        using var guessed = await client.SendAsync(wrongKey);

        Assert.Multiple(() =>
        {
            Assert.That(anonymous, Is.EqualTo(Enumerable.Repeat(200, limit).Append(429)), "the address is over its limit without the key");
            Assert.That(keyed, Is.All.EqualTo(HttpStatusCode.OK), "keyed requests from the same address pass at three times the limit");
            Assert.That((int)guessed.StatusCode, Is.EqualTo(429), "a wrong key is no exemption");
        });
    }

    [Test]
    public async Task BackendThatHangsUp_Is502ProblemMarkedAsGatewayError()
    {
        using var hangUp = new TcpListener(IPAddress.Loopback, 0);
        hangUp.Start();
        using var closing = new CancellationTokenSource();
        var acceptLoop = CloseEveryConnectionAsync(hangUp, closing.Token);
        var backends = new Dictionary<string, string>(stubs.Addresses) { ["notification"] = hangUp.LocalEndpoint.ToString()! };
        var environment = GatewayEnvironment.OnFreePorts("hang-up-test-key", backends);
        using var gateway = await GatewayProcess.StartAsync(environment);
        using var client = TestHttp.Client(environment.FrontendUrl);

        using var response = await client.GetAsync(new Uri("/api/notification/notifications", UriKind.Relative));

        await TestHttp.AssertProblemAsync(response, 502, "Bad Gateway");
        Assert.That(response.Headers.GetValues("X-Kapman-Gateway-Error").Single(), Is.EqualTo("bad-gateway"));
        await closing.CancelAsync();
        await acceptLoop;
    }

    [Test]
    public async Task DeadBackend_Is503ProblemMarkedAsGatewayError()
    {
        var backends = new Dictionary<string, string>(stubs.Addresses) { ["execution"] = $"127.0.0.1:{FreePort.Next()}" };
        var environment = GatewayEnvironment.OnFreePorts("dead-test-key", backends);
        using var gateway = await GatewayProcess.StartAsync(environment);
        using var client = TestHttp.Client(environment.FrontendUrl);

        using var response = await client.GetAsync(new Uri("/api/execution/orders", UriKind.Relative));

        await TestHttp.AssertProblemAsync(response, 503, "Service Unavailable");
        Assert.That(response.Headers.GetValues("X-Kapman-Gateway-Error").Single(), Is.EqualTo("unavailable"));
    }

    /// <summary>Accepts connections and reads the request head, then closes without answering.</summary>
    private static async Task CloseEveryConnectionAsync(TcpListener listener, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                using var connection = await listener.AcceptTcpClientAsync(ct);
                var buffer = new byte[4096];
                _ = await connection.GetStream().ReadAsync(buffer, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The test is over.
        }
    }
}
