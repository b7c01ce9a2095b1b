using Kapman.ServiceDefaults.Security;

namespace Kapman.ServiceDefaults.Tests.Security;

/// <summary>
/// Defence in depth behind the gateway: a host wired with <c>MapDefaultEndpoints</c> refuses every call but
/// GET/HEAD/OPTIONS (any spelling) that lacks the gateway's token, refuses Host headers outside AllowedHosts, and
/// fails closed without a token. Requests go over a raw socket so methods arrive exactly as written.
/// </summary>
public class GatewayCredentialTests
{
    private const string Token = "service-test-token-0123456789";

    private CredentialTestApp app = null!;

    [OneTimeSetUp]
    public async Task Start() => app = await CredentialTestApp.StartAsync(Token);

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [TestCase("POST")]
    [TestCase("post")]
    [TestCase("Post")]
    [TestCase("pOST")]
    [TestCase("PUT")]
    [TestCase("put")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    [TestCase("delete")]
    [TestCase("FOO")]
    public async Task A_mutating_call_without_the_token_is_a_401_problem_and_changes_nothing(string method)
    {
        var before = app.Changes;

        var response = await RawHttp.SendAsync(app.Url, method, "/changes", body: "{}");

        AssertProblem(response, 401);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers["www-authenticate"], Is.EqualTo("KapmanGateway"));
            Assert.That(app.Changes, Is.EqualTo(before));
        });
    }

    [TestCase("wrong")]
    [TestCase("")]
    [TestCase(Token + "x")]
    [TestCase("service-test-token")]
    public async Task A_mutating_call_with_a_wrong_token_is_a_401_problem_and_changes_nothing(string token)
    {
        var before = app.Changes;

        var response = await RawHttp.SendAsync(app.Url, "post", "/changes", [new(GatewayCredential.HeaderName, token)], "{}");

        AssertProblem(response, 401);
        Assert.That(app.Changes, Is.EqualTo(before));
    }

    [Test]
    public async Task Two_copies_of_the_token_header_are_refused()
    {
        var response = await RawHttp.SendAsync(
            app.Url, "POST", "/changes", [new(GatewayCredential.HeaderName, Token), new(GatewayCredential.HeaderName, Token)], "{}");

        AssertProblem(response, 401);
    }

    [TestCase("POST")]
    [TestCase("post")]
    [TestCase("PUT")]
    [TestCase("Patch")]
    [TestCase("DELETE")]
    public async Task A_mutating_call_with_the_token_goes_through(string method)
    {
        var before = app.Changes;

        var response = await RawHttp.SendAsync(app.Url, method, "/changes", [new(GatewayCredential.HeaderName, Token)], "{}");

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(200));
            Assert.That(app.Changes, Is.EqualTo(before + 1));
        });
    }

    [TestCase("GET", "/changes")]
    [TestCase("get", "/changes")]
    [TestCase("HEAD", "/alive")]
    [TestCase("options", "/alive")]
    [TestCase("GET", "/alive")]
    public async Task Reads_need_no_token(string method, string path)
    {
        var response = await RawHttp.SendAsync(app.Url, method, path);

        Assert.That(response.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task A_cross_site_form_post_does_nothing()
    {
        var before = app.Changes;

        var response = await RawHttp.SendAsync(
            app.Url, "POST", "/changes",
            [new("Origin", "https://evil.example"), new("Referer", "https://evil.example/page"), new("Content-Type", "application/x-www-form-urlencoded")],
            "session=2025-08-26");

        AssertProblem(response, 401);
        Assert.That(app.Changes, Is.EqualTo(before));
    }

    [TestCase("evil.example")]
    [TestCase("evil.example:5101")]
    [TestCase("127.0.0.1.nip.io")]
    [TestCase("0.0.0.0")]
    public async Task A_host_outside_AllowedHosts_is_refused_even_with_the_token(string host)
    {
        var before = app.Changes;

        var read = await RawHttp.SendAsync(app.Url, "GET", "/alive", host: host);
        var write = await RawHttp.SendAsync(app.Url, "POST", "/changes", [new(GatewayCredential.HeaderName, Token)], "{}", host);

        Assert.Multiple(() =>
        {
            Assert.That(read.Status, Is.EqualTo(400));
            Assert.That(write.Status, Is.EqualTo(400));
            Assert.That(app.Changes, Is.EqualTo(before));
        });
    }

    [TestCase("localhost:5101")]
    [TestCase("127.0.0.1:8080")]
    [TestCase("[::1]:5101")]
    public async Task Loopback_hosts_are_allowed(string host)
    {
        var response = await RawHttp.SendAsync(app.Url, "GET", "/alive", host: host);

        Assert.That(response.Status, Is.EqualTo(200));
    }

    [Test]
    public void Startup_says_that_changes_need_the_credential_and_never_logs_the_token()
    {
        Assert.Multiple(() =>
        {
            Assert.That(app.Log.Messages, Has.Some.Contains("require the gateway credential (X-Kapman-Gateway-Token)"));
            Assert.That(app.Log.Messages, Has.None.Contains(Token));
        });
    }

    [Test]
    public async Task Without_a_configured_token_every_mutating_call_is_a_403_problem_and_startup_warns()
    {
        await using var unconfigured = await CredentialTestApp.StartAsync(token: null);

        var withHeader = await RawHttp.SendAsync(unconfigured.Url, "POST", "/changes", [new(GatewayCredential.HeaderName, string.Empty)], "{}");
        var without = await RawHttp.SendAsync(unconfigured.Url, "delete", "/changes");
        var read = await RawHttp.SendAsync(unconfigured.Url, "GET", "/changes");

        AssertProblem(withHeader, 403);
        AssertProblem(without, 403);
        Assert.Multiple(() =>
        {
            Assert.That(read.Status, Is.EqualTo(200));
            Assert.That(unconfigured.Changes, Is.Zero);
            Assert.That(unconfigured.Log.Messages, Has.Some.StartsWith("Warning: KAPMAN_GATEWAY_TOKEN is not set"));
        });
    }

    private static void AssertProblem(RawHttpResponse response, int status) =>
        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(status), response.Body);
            Assert.That(response.Headers["content-type"], Does.StartWith("application/problem+json"));
            Assert.That(response.Body, Does.Contain($"\"status\":{status}"));
        });
}
