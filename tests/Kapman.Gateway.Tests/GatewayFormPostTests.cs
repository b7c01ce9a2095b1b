using System.Net;

namespace Kapman.Gateway.Tests;

/// <summary>
/// Where the gateway's API-key check applies: every mutating call to /api and below needs X-Api-Key, while the
/// web UI's own HTML form posts (any other path) reach the web, which checks the key as a form field itself.
/// </summary>
[TestFixture]
public sealed class GatewayFormPostTests
{
    private const string ApiKey = "form-post-test-key";

    private StubBackends stubs = null!;
    private GatewayProcess gateway = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task StartGateway()
    {
        stubs = await StubBackends.StartAsync(GatewayServices.All);
        var environment = GatewayEnvironment.OnFreePorts(ApiKey, stubs.Addresses);
        gateway = await GatewayProcess.StartAsync(environment);
        client = TestHttp.Client(environment.FrontendUrl);
    }

    [OneTimeTearDown]
    public async Task StopGateway()
    {
        client?.Dispose();
        gateway?.Dispose();
        if (stubs is not null)
        {
            await stubs.DisposeAsync();
        }
    }

    [TestCase("/ops/redrive")]
    [TestCase("/portfolios/1/delete")]
    [TestCase("/apiary")]
    public async Task FormPost_ToAWebPath_ReachesTheWebWithoutHeaderCheck(string path)
    {
        using var form = new FormUrlEncodedContent([new("queue", "x_error"), new("apiKey", "typed-by-the-operator")]);

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), form);

        var echo = await TestHttp.EchoAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(echo.Service, Is.EqualTo(GatewayServices.Web));
            Assert.That(echo.Method, Is.EqualTo("POST"));
            Assert.That(echo.Path, Is.EqualTo(path));
            Assert.That(echo.Body, Is.EqualTo("queue=x_error&apiKey=typed-by-the-operator"));
        });
    }

    [TestCase("POST", "/api")]
    [TestCase("POST", "/api/")]
    [TestCase("DELETE", "/api/execution/orders/1")]
    [TestCase("PUT", "/api/unknown-service/x")]
    public async Task MutatingCall_UnderApi_StillNeedsTheHeader(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("apiKey=" + ApiKey) };

        using var response = await client.SendAsync(request);

        await TestHttp.AssertProblemAsync(response, 401, "Unauthorized");
    }

    [Test]
    public async Task FormFieldKey_DoesNotSatisfyTheHeaderCheckUnderApi()
    {
        using var form = new FormUrlEncodedContent([new("apiKey", ApiKey)]);

        using var response = await client.PostAsync(new Uri("/api/ingestion/pipeline/runs", UriKind.Relative), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
