using System.Globalization;
using System.Text;

namespace Kapman.Gateway.Tests;

/// <summary>
/// The abuse table: every mutating route (<see cref="MutatingRoutes"/>) tried through the real gateway (the built
/// Kapman.Gateway, started as a process) with the method in several spellings, an unknown method, no key and a wrong
/// key. Requests go out over a raw socket so the method reaches the gateway exactly as written. Under /api everything but a valid key is refused and never reaches the stub
/// backend; the web's form posts are passed on (the web checks the typed key itself) but only as a known, upper-cased
/// method and without the services' credential. The table is printed to the test output.
/// </summary>
[TestFixture]
public sealed class GatewayAbuseTests
{
    private const string ApiKey = "abuse-test-key";

    private StubBackends stubs = null!;
    private GatewayEnvironment environment = null!;
    private GatewayProcess gateway = null!;

    [OneTimeSetUp]
    public async Task StartGateway()
    {
        stubs = await StubBackends.StartAsync(GatewayServices.All);
        environment = GatewayEnvironment.OnFreePorts(ApiKey, stubs.Addresses);
        gateway = await GatewayProcess.StartAsync(environment);
    }

    [OneTimeTearDown]
    public async Task StopGateway()
    {
        gateway?.Dispose();
        if (stubs is not null)
        {
            await stubs.DisposeAsync();
        }
    }

    [Test]
    public async Task EveryMutatingRoute_WithoutTheKeyInAnySpelling_IsRefusedAndNeverForwarded()
    {
        var rows = new List<AbuseRow>();
        foreach (var route in MutatingRoutes.All)
        {
            foreach (var (method, key) in Attempts(route))
            {
                rows.Add(await TryAsync(route, method, key));
            }
        }

        var table = new StringBuilder()
            .AppendLine("| method | route | X-Api-Key | expected | got |")
            .AppendLine("|---|---|---|---|---|");
        rows.ForEach(row => table.AppendLine(row.ToString()));
        var failed = rows.Where(r => !r.Passed).ToList();
        table.AppendLine(CultureInfo.InvariantCulture, $"{rows.Count} attempts, {rows.Count - failed.Count} as expected, {failed.Count} not.");
        await TestContext.Out.WriteLineAsync(table.ToString());

        Assert.That(failed, Is.Empty, "unexpected outcomes:\n" + string.Join('\n', failed) + "\n" + gateway.Output);
    }

    [TestCase("TRACE")]
    [TestCase("PROPFIND")]
    [TestCase("foo")]
    public async Task UnknownMethod_Is405ProblemEvenWithTheKey(string method)
    {
        var response = await RawHttp.SendAsync(environment.FrontendUrl, method, "/api/ingestion/portfolios", [new("X-Api-Key", ApiKey)]);

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(405));
            Assert.That(response.Headers["content-type"], Is.EqualTo("application/problem+json"));
            Assert.That(response.Headers["allow"], Is.EqualTo("GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE"));
            Assert.That(response.Body, Does.Contain("\"status\":405"));
        });
    }

    [TestCase("/API/ingestion/portfolios")]
    [TestCase("/Api/Wyckoff/replay")]
    [TestCase("/api/INGESTION/pipeline/runs")]
    [TestCase("/api/ingestion/../ingestion/portfolios")]
    [TestCase("/api/%69ngestion/portfolios")]
    public async Task MutatingCall_ToAServiceUnderAnotherSpellingOfThePath_IsRefused(string path)
    {
        var probe = Guid.NewGuid().ToString("N");

        var response = await RawHttp.SendAsync(environment.FrontendUrl, "POST", $"{path}?probe={probe}", [new("Content-Type", "application/json")], "{}");

        var received = stubs.Received.SingleOrDefault(r => r.Query.Contains(probe, StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(401), gateway.Output);
            Assert.That(received, Is.Null, "forwarded without the key");
        });
    }

    [TestCase("//api/ingestion/portfolios")]
    [TestCase("/%2Fapi/ingestion/portfolios")]
    [TestCase("/api%2Fingestion/portfolios")]
    public async Task MutatingCall_ToAPathThatIsNotUnderApi_NeverReachesAServiceOrCarriesTheToken(string path)
    {
        var probe = Guid.NewGuid().ToString("N");

        var response = await RawHttp.SendAsync(environment.FrontendUrl, "POST", $"{path}?probe={probe}", [new("Content-Type", "application/json")], "{}");

        var received = stubs.Received.SingleOrDefault(r => r.Query.Contains(probe, StringComparison.Ordinal));
        Assert.That(
            received is null ? response.Status.ToString(CultureInfo.InvariantCulture) : $"{received.Service} {(received.Headers.ContainsKey("x-kapman-gateway-token") ? "with" : "without")} token",
            Is.AnyOf("401", "400", "404", "web without token"));
    }

    [TestCase("GET")]
    [TestCase("get")]
    [TestCase("HEAD")]
    [TestCase("OPTIONS")]
    public async Task SafeMethod_InAnySpelling_NeedsNoKeyAndReachesTheServiceWithTheGatewayToken(string method)
    {
        var probe = Guid.NewGuid().ToString("N");

        var response = await RawHttp.SendAsync(environment.FrontendUrl, method, $"/api/ingestion/portfolios?probe={probe}");

        var received = stubs.Received.Single(r => r.Query.Contains(probe, StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(200));
            Assert.That(received.Method, Is.EqualTo(method.ToUpperInvariant()));
            Assert.That(received.Headers["x-kapman-gateway-token"], Is.EqualTo(GatewayEnvironment.DefaultGatewayToken));
        });
    }

    [Test]
    public async Task CallerSuppliedGatewayToken_IsReplacedForServicesAndDroppedForTheWeb()
    {
        var forged = new KeyValuePair<string, string>("X-Kapman-Gateway-Token", "forged");
        var apiProbe = Guid.NewGuid().ToString("N");
        var webProbe = Guid.NewGuid().ToString("N");

        await RawHttp.SendAsync(environment.FrontendUrl, "POST", $"/api/wyckoff/replay?probe={apiProbe}", [new("X-Api-Key", ApiKey), forged], "{}");
        await RawHttp.SendAsync(environment.FrontendUrl, "POST", $"/ops/redrive?probe={webProbe}", [forged], "queue=x_error");

        var api = stubs.Received.Single(r => r.Query.Contains(apiProbe, StringComparison.Ordinal));
        var web = stubs.Received.Single(r => r.Query.Contains(webProbe, StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(api.Headers["x-kapman-gateway-token"], Is.EqualTo(GatewayEnvironment.DefaultGatewayToken));
            Assert.That(web.Headers.ContainsKey("x-kapman-gateway-token"), Is.False);
        });
    }

    /// <summary>
    /// The route's own method upper, lower, capitalised and alternating (e.g. <c>pOST</c>), POST in three spellings,
    /// an unknown method, all without a key; the own method with a wrong key; and, as the control, with the valid key.
    /// </summary>
    private static IEnumerable<(string Method, string Key)> Attempts(MutatingRoute route)
    {
        var method = route.Method;
        var spellings = new[]
        {
            method, method.ToLowerInvariant(), Capitalised(method), Alternating(method), "POST", "post", "Post", "FOO",
        }.Distinct(StringComparer.Ordinal);
        foreach (var spelling in spellings)
        {
            yield return (spelling, "none");
        }

        yield return (method, "wrong");
        yield return (method.ToLowerInvariant(), "wrong");
        yield return (method, "valid");
        yield return (method.ToLowerInvariant(), "valid");
        yield return ("FOO", "valid");
    }

    private static string Capitalised(string method) => method[..1] + method[1..].ToLowerInvariant();

    private static string Alternating(string method) =>
        string.Concat(method.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : c));

    private static string Expected(MutatingRoute route, string method, string key)
    {
        var upper = method.ToUpperInvariant();
        if (upper is not ("GET" or "HEAD" or "OPTIONS" or "POST" or "PUT" or "PATCH" or "DELETE"))
        {
            return "405";
        }

        if (!route.IsServiceApi)
        {
            return $"200 forwarded as {upper} without gateway token";
        }

        return key == "valid" ? $"200 forwarded as {upper} with gateway token" : "401";
    }

    private async Task<AbuseRow> TryAsync(MutatingRoute route, string method, string key)
    {
        var probe = Guid.NewGuid().ToString("N");
        var target = route.Path + (route.Path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "probe=" + probe;
        var headers = new List<KeyValuePair<string, string>>();
        if (key != "none")
        {
            headers.Add(new("X-Api-Key", key == "valid" ? ApiKey : ApiKey + "x"));
        }

        string body;
        if (route.IsServiceApi)
        {
            headers.Add(new("Content-Type", "application/json"));
            body = "{}";
        }
        else
        {
            headers.Add(new("Content-Type", "application/x-www-form-urlencoded"));
            body = "apiKey=typed-by-the-operator&queue=x_error";
        }

        var response = await RawHttp.SendAsync(environment.FrontendUrl, method, target, headers, body);
        var received = stubs.Received.SingleOrDefault(r => r.Query.Contains(probe, StringComparison.Ordinal));
        var got = received is null
            ? response.Status.ToString(CultureInfo.InvariantCulture) + (response.Headers.GetValueOrDefault("content-type") == "application/problem+json" ? string.Empty : " (not a problem)")
            : $"{response.Status} forwarded as {received.Method} "
                + (received.Headers.GetValueOrDefault("x-kapman-gateway-token") == GatewayEnvironment.DefaultGatewayToken ? "with" : "without") + " gateway token"
                + (received.Headers.ContainsKey("x-api-key") ? " (key leaked)" : string.Empty);
        return new AbuseRow(method, route.Path, key, Expected(route, method, key), got);
    }
}
